import { DateTime, IANAZone } from "luxon";

export const DEFAULT_LOCAL_TIME_FORMAT = "yyyy-MM-dd HH:mm";

/** A usable IANA zone name, else UTC: a recipient's stale or empty zone must not break a send. */
export function safeZone(zone: unknown): string {
  return typeof zone === "string" && zone !== "" && IANAZone.isValidZone(zone) ? zone : "UTC";
}

export function toDateTime(value: unknown): DateTime | undefined {
  let parsed: DateTime | undefined;
  if (value instanceof Date) parsed = DateTime.fromJSDate(value);
  else if (typeof value === "number") parsed = DateTime.fromMillis(value);
  else if (typeof value === "string" && /^-?\d+$/.test(value.trim())) parsed = DateTime.fromMillis(Number(value));
  else if (typeof value === "string") {
    // A time without an offset is UTC, whatever the zone of the server or browser.
    const options = { zone: "UTC", setZone: true };
    const text = value.trim();
    parsed = [DateTime.fromISO(text, options), DateTime.fromSQL(text, options), DateTime.fromRFC2822(text, options)].find((d) => d.isValid);
  }
  return parsed?.isValid ? parsed : undefined;
}

/**
 * An instant (ISO 8601 string, Date or epoch milliseconds) in `zone`, as
 * "2026-12-01 22:10 CET" by default, or with a luxon format ("dd LLL HH:mm").
 * A value that is no date comes back as it was, so the message keeps the information.
 */
export function formatLocalTime(value: unknown, zone: unknown, format?: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  const instant = toDateTime(value);
  if (!instant) return String(value);
  const local = instant.setZone(safeZone(zone)).setLocale("en-US");
  if (typeof format === "string" && format !== "") return local.toFormat(format);
  return `${local.toFormat(DEFAULT_LOCAL_TIME_FORMAT)} ${zoneAbbreviation(local)}`;
}

/**
 * ICU names zones per locale: en-US knows "EST" but calls Berlin "GMT+1", en-GB knows
 * "CET" but calls New York "GMT-5". Take the first real abbreviation, else the offset.
 */
function zoneAbbreviation(local: DateTime): string {
  for (const locale of ["en-US", "en-GB"]) {
    const name = local.setLocale(locale).toFormat("ZZZZ");
    if (!/^(GMT|UTC)[+-]/.test(name)) return name;
  }
  return local.toFormat("ZZZZ");
}
