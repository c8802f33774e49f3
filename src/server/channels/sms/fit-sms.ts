import { severityLabel } from "@/emails/components/severity-label";
import type { TChannelMessage } from "../channel-message";
import { isGsm7, smsSegments, type TSmsSegments } from "./sms-segments";

/** Typographic characters that word processors and chat tools put into text, with GSM-7 stand-ins. */
const ASCII_FOLD: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, "-"],
  [/\u2026/g, "..."],
  [/[\u00A0\u2000-\u200A\u202F\u205F\t]/g, " "],
  [/[\u200B-\u200D\u2060\uFEFF]/g, ""],
  [/\u2022/g, "*"],
];

function foldToAscii(text: string): string {
  return ASCII_FOLD.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

export type TFittedSms = TSmsSegments & { body: string; truncated: boolean };

/**
 * The SMS text for a notification: severity, title and body, then the link to the full
 * notification, cut so the whole fits in `maxSegments`. The link is never cut. One smart quote
 * would switch the whole message to UCS-2 (70 instead of 160 characters a part), so typographic
 * characters become ASCII whenever that makes the text GSM-7.
 */
export function fitSms(message: TChannelMessage, { maxSegments = 10 }: { maxSegments?: number } = {}): TFittedSms {
  const prefix = message.severity === "info" ? "" : `${severityLabel(message.severity).toUpperCase()}: `;
  // An operator's template decides the whole text (and whether to include the link); it is only cut to fit.
  const custom = message.custom?.channel === "sms" ? message.custom.text : null;
  // No part carries more than 160 characters, so the rest of a huge body never needs scanning.
  const raw = (custom ?? `${prefix}${message.title}${message.body ? `\n${message.body}` : ""}`).replace(/\r\n?/g, "\n").slice(0, maxSegments * 160 + 1);
  const folded = foldToAscii(raw);
  const gsm = isGsm7(folded);
  const text = gsm ? folded : raw;
  const marker = gsm ? "..." : "…";

  // An incident's message carries its acknowledge link (its page shows the incident too).
  const link = custom === null ? (message.ackUrl ?? message.url) : "";
  const whole = link ? `${text}\n${link}` : text;
  const wholeCount = smsSegments(whole);
  if (wholeCount.segments <= maxSegments) return { ...wholeCount, body: whole, truncated: false };

  const chars = Array.from(text);
  const cutAt = (n: number) => [chars.slice(0, n).join("").trimEnd(), marker, link].filter(Boolean).join(" ");
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (smsSegments(cutAt(mid)).segments <= maxSegments) low = mid;
    else high = mid - 1;
  }
  // Prefer ending on a word when that costs only a few characters.
  const space = chars.slice(0, low).findLastIndex((char) => /\s/.test(char));
  const end = space > 0 && low - space <= 15 ? space : low;
  const body = cutAt(end);
  return { ...smsSegments(body), body, truncated: true };
}
