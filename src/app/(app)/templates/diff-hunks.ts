import type { TDiffLine } from "@/server/templates/custom/template-version-diff";

export type THunkLine = TDiffLine | { kind: "gap"; count: number };

/** The changed lines with `context` unchanged lines around each; longer unchanged runs fold into a gap. */
export function diffHunks(lines: readonly TDiffLine[], context = 2): THunkLine[] {
  const near = lines.map((_, index) => lines.slice(Math.max(0, index - context), index + context + 1).some((line) => line.kind !== "same"));
  const result: THunkLine[] = [];
  lines.forEach((line, index) => {
    if (near[index]) {
      result.push(line);
      return;
    }
    const last = result.at(-1);
    if (last?.kind === "gap") last.count++;
    else result.push({ kind: "gap", count: 1 });
  });
  return result;
}
