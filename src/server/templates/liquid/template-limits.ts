/**
 * Bounds of one template, the same in the web app, the worker and the browser editor.
 * LiquidJS checks them cooperatively (between template nodes, at counted allocations),
 * so they stop a runaway loop quickly but are not a hard CPU cap: the worker still
 * needs its own job timeout.
 */
export const TEMPLATE_LIMITS = {
  /** Characters of one template source (a JSON template counts as a whole). */
  sourceChars: 100_000,
  /** Milliseconds of one render; a JSON template shares one budget across its strings. */
  renderMs: 100,
  /**
   * LiquidJS's memory units: characters of built strings and elements of built arrays
   * (a range `(1..n)` costs n). 2 M is far above a real notification and refuses
   * `(1..100000000)` before it allocates.
   */
  memoryUnits: 2_000_000,
  /** Nesting of a JSON template (objects and arrays). */
  jsonDepth: 64,
} as const;

export type TTemplateMode = "html" | "text";
