/**
 * Milliseconds as people read them in a notification: "850 ms", "4.2 s", "42 s",
 * "4 min 12 s", "1 h 3 min", "2 d 4 h". Two units at most; rounding happens before
 * the unit is chosen, so 59,999 ms is "1 min", never "60 s".
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return "";
  const sign = ms < 0 ? "-" : "";
  const total = Math.round(Math.abs(ms));
  if (total < 1_000) return `${sign}${total} ms`;
  if (total < 9_950) return `${sign}${Math.round(total / 100) / 10} s`;
  const seconds = Math.round(total / 1_000);
  if (seconds < 60) return `${sign}${seconds} s`;
  if (seconds < 3_600) return sign + pair(Math.floor(seconds / 60), "min", seconds % 60, "s");
  const minutes = Math.round(seconds / 60);
  if (minutes < 1_440) return sign + pair(Math.floor(minutes / 60), "h", minutes % 60, "min");
  const hours = Math.round(minutes / 60);
  return sign + pair(Math.floor(hours / 24), "d", hours % 24, "h");
}

function pair(major: number, majorUnit: string, minor: number, minorUnit: string): string {
  return minor === 0 ? `${major} ${majorUnit}` : `${major} ${majorUnit} ${minor} ${minorUnit}`;
}
