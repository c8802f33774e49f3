const DEFAULT_TIME_ZONE = "UTC";

/** Falls back to UTC for unknown zones, because a bad user setting must not stop a send. */
export function resolveTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return timeZone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? "";
}

/**
 * "27 Nov 2026, 14:03:12 CET". Assembled from parts rather than one locale's output:
 * en-GB writes "Sept" and "GMT-5" where en-US has "Sep" and "EST", so each part comes
 * from the locale that gives the shortest familiar form.
 */
export function formatDateTime(date: Date, timeZone?: string): string {
  const zone = resolveTimeZone(timeZone);
  const options: Intl.DateTimeFormatOptions = {
    timeZone: zone,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  };
  const gb = new Intl.DateTimeFormat("en-GB", options).formatToParts(date);
  const us = new Intl.DateTimeFormat("en-US", options).formatToParts(date);
  const gbZone = part(gb, "timeZoneName");
  const usZone = part(us, "timeZoneName");
  const zoneName = /^GMT[+-]/.test(gbZone) && /^[A-Z]{2,5}$/.test(usZone) ? usZone : gbZone;
  const time = `${part(gb, "hour")}:${part(gb, "minute")}:${part(gb, "second")}`;
  return `${part(gb, "day")} ${part(us, "month")} ${part(gb, "year")}, ${time} ${zoneName}`;
}
