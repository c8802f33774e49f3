/** Joins class names, skipping falsy entries: `cx("btn", loading && "btn--busy")`. */
export function cx(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(" ");
}
