import { LiquidError } from "liquidjs";

/** A problem at a 1-based line and column (UTF-16 code units, as editors count). */
export type TTemplateProblem = { line: number; column: number; message: string };

export type TValidationResult = { errors: TTemplateProblem[]; warnings: TTemplateProblem[] };

export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf("\n", offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, text.length);
}

/** LiquidJS appends ", line:2, col:3" to its messages; the position travels separately. */
export function liquidMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, line:\d+, col:\d+$/, "");
}

/** Where a LiquidJS error points (the tag or output it stopped at), else the start. */
export function liquidErrorPosition(error: unknown): { line: number; column: number } | undefined {
  if (!LiquidError.is(error) || !error.token) return undefined;
  const [line, column] = error.token.getPosition();
  return line === undefined || column === undefined ? undefined : { line, column };
}

export function byPosition(a: TTemplateProblem, b: TTemplateProblem): number {
  return a.line - b.line || a.column - b.column;
}
