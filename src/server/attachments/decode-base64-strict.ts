/**
 * The bytes of standard base64 text, or null when it is anything else.
 * Buffer.from(text, "base64") silently skips characters it does not know, so
 * garbage would be stored as a shorter, wrong file; decoding and re-encoding
 * catches that. Line breaks are allowed because `base64` wraps at 76 columns,
 * and padding may be left off.
 */
export function decodeBase64Strict(text: string): Buffer<ArrayBuffer> | null {
  const compact = text.replace(/[\r\n\t ]+/g, "");
  const bytes = Buffer.from(compact, "base64");
  const canonical = bytes.toString("base64");
  return canonical === compact || canonical.replace(/=+$/, "") === compact ? bytes : null;
}
