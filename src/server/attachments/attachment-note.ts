import { parseTransform } from "./attachment-transform";
import { formatBytes } from "./format-bytes";

const count = new Intl.NumberFormat("en-US");

/**
 * One sentence telling the reader what is missing or changed in an attachment,
 * e.g. "build.log was truncated to its last 500 lines (of 120,345)."; null for
 * a file sent as given.
 */
export function attachmentNote(attachment: { filename: string; transform: string | null; originalSizeBytes: number }): string | null {
  const { tail, gzip } = parseTransform(attachment.transform);
  const name = gzip ? attachment.filename.replace(/\.gz$/, "") : attachment.filename;
  if (tail) {
    const cut = `${name} was truncated to its last ${count.format(tail.keptLines)} lines (of ${count.format(tail.totalLines)})`;
    return gzip ? `${cut} and gzip-compressed.` : `${cut}.`;
  }
  return gzip ? `${name} was gzip-compressed (${formatBytes(attachment.originalSizeBytes)} before compression).` : null;
}
