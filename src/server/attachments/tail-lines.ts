const NEWLINE = 0x0a;

/**
 * The last `keep` lines of `content` and how many lines it had, or null when it
 * has no more than `keep` (nothing to cut). Works on bytes, so a log in any
 * ASCII-compatible encoding is cut at line ends and never mid-character. A
 * final newline ends the last line rather than starting an empty one.
 */
export function tailLines(content: Buffer<ArrayBuffer>, keep: number): { content: Buffer<ArrayBuffer>; keptLines: number; totalLines: number } | null {
  const end = content.at(-1) === NEWLINE ? content.length - 1 : content.length;
  let start = end;
  for (let kept = 0; kept < keep; kept++) {
    // lastIndexOf counts a negative offset from the end, so stop at the start explicitly.
    const newline = start > 0 ? content.lastIndexOf(NEWLINE, start - 1) : -1;
    if (newline === -1) return null;
    start = newline;
  }
  return { content: content.subarray(start + 1), keptLines: keep, totalLines: countNewlines(content, end) + 1 };
}

function countNewlines(content: Buffer, end: number): number {
  let count = 0;
  for (let at = content.indexOf(NEWLINE); at !== -1 && at < end; at = content.indexOf(NEWLINE, at + 1)) count += 1;
  return count;
}
