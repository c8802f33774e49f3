import { liquidErrorPosition, liquidMessage } from "./template-problem";

/**
 * - `too_large`: the source is over TEMPLATE_LIMITS.sourceChars
 * - `syntax`: it does not parse (validation would have said so)
 * - `limit`: render time or memory limit reached
 * - `render`: any other failure while rendering
 */
type TPosition = { line: number; column: number };

export type TTemplateRenderErrorKind = "too_large" | "syntax" | "limit" | "render";

/** Why a template could not render; the worker falls back to the built-in template and records this. */
export class TemplateRenderError extends Error {
  readonly kind: TTemplateRenderErrorKind;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(kind: TTemplateRenderErrorKind, message: string, position?: TPosition, options?: { cause?: unknown }) {
    super(position ? `${message} (line ${position.line}, column ${position.column})` : message, options);
    this.name = "TemplateRenderError";
    this.kind = kind;
    this.line = position?.line;
    this.column = position?.column;
  }

  /** From a LiquidJS error; `toSource` maps its position when the template sits inside a larger source. */
  static from(error: unknown, stage: "parse" | "render", toSource: (position: TPosition) => TPosition = (position) => position): TemplateRenderError {
    if (error instanceof TemplateRenderError) return error;
    const message = liquidMessage(error);
    const kind = /limit exceeded/.test(message) ? "limit" : stage === "parse" ? "syntax" : "render";
    const position = liquidErrorPosition(error);
    return new TemplateRenderError(kind, message, position && toSource(position), { cause: error });
  }
}
