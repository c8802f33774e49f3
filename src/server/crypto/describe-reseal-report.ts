import type { TResealReport } from "./reseal-secrets";

const MAX_LISTED_IDS = 20;

/** The lines `npm run notify -- key:rotate` prints: one per sealed column, then what to do next. */
export function describeResealReport(report: TResealReport): string[] {
  const lines = [`Current key ${report.currentKeyId}; previous key ${report.previousKeyId ?? "(NOTIFY_ENCRYPTION_KEY_PREVIOUS not set)"}.`];
  const width = Math.max(...report.columns.map((column) => `${column.table}.${column.column}`.length));
  for (const column of report.columns) {
    const name = `${column.table}.${column.column}`.padEnd(width);
    const unreadable = column.unreadableIds.length
      ? `, ${column.unreadableIds.length} unreadable (ids ${column.unreadableIds.slice(0, MAX_LISTED_IDS).join(", ")}${column.unreadableIds.length > MAX_LISTED_IDS ? ", …" : ""})`
      : "";
    lines.push(`  ${name}  re-sealed ${column.resealed}, not yet under the current key ${column.remaining}${unreadable}, ${column.total} in all`);
  }
  const total = report.columns.reduce((sum, column) => sum + column.total, 0);
  if (report.complete) {
    lines.push(`All sealed values (${total}) are under the current key. NOTIFY_ENCRYPTION_KEY_PREVIOUS can be removed (then restart every process).`);
  } else if (report.columns.some((column) => column.unreadableIds.length)) {
    lines.push(
      "Not finished: the values listed as unreadable open with neither key (sealed with a third key, or damaged). " +
        "Enter those secrets again (or clear them), then run key:rotate again. Keep NOTIFY_ENCRYPTION_KEY_PREVIOUS until it reports all values under the current key.",
    );
  } else {
    lines.push(
      "Not finished: values were written under another key while this ran (is a process still running with the old NOTIFY_ENCRYPTION_KEY?). " +
        "Restart every process with the new configuration and run key:rotate again. Keep NOTIFY_ENCRYPTION_KEY_PREVIOUS until then.",
    );
  }
  return lines;
}
