/**
 * html-to-text selectors for the plain-text part. Layout tables flatten to text on their
 * own, but the facts table would run its cells together ("Job:backupHost:db-01"), so it
 * is laid out as columns; headings keep their case instead of being shouted.
 */
export const plainTextSelectors = [
  { selector: "table.facts", format: "dataTable", options: { maxColumnWidth: 1000, colSpacing: 1 } },
  { selector: "h1", options: { uppercase: false } },
];
