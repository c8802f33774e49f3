/** GSM 03.38 default alphabet (ESC at 0x1B left out: it only introduces the extension table). */
const GSM_BASIC = new Set(
  Array.from(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
      "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà",
  ),
);
/** Reached through ESC, so each costs two septets. */
const GSM_EXTENSION = new Set(Array.from("\f^{}\\[~]|€"));

export type TSmsEncoding = "GSM-7" | "UCS-2";

export type TSmsSegments = {
  encoding: TSmsEncoding;
  segments: number;
  /** Characters as a person counts them (code points). */
  characters: number;
  /** What the limits count: septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
};

const LIMITS: Record<TSmsEncoding, { single: number; part: number }> = {
  "GSM-7": { single: 160, part: 153 },
  "UCS-2": { single: 70, part: 67 },
};

export function isGsm7(text: string): boolean {
  for (const char of text) if (!GSM_BASIC.has(char) && !GSM_EXTENSION.has(char)) return false;
  return true;
}

/**
 * Segments as carriers count them. Concatenated parts lose 7 septets (or 3 UCS-2 units) to the
 * UDH, and an escape pair or a surrogate pair is never split across parts, so a part may hold
 * one unit fewer than its limit.
 */
export function smsSegments(text: string): TSmsSegments {
  const encoding: TSmsEncoding = isGsm7(text) ? "GSM-7" : "UCS-2";
  const sizes = Array.from(text, (char) => (encoding === "GSM-7" ? (GSM_EXTENSION.has(char) ? 2 : 1) : char.length));
  const units = sizes.reduce((sum, size) => sum + size, 0);
  const { single, part } = LIMITS[encoding];
  if (units <= single) return { encoding, segments: units === 0 ? 0 : 1, characters: sizes.length, units };
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > part) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return { encoding, segments, characters: sizes.length, units };
}
