import { Token, Value, toValueSync, type Template } from "liquidjs";

export type TFilterUse = { name: string; line: number; column: number };

/**
 * Every filter a parsed template applies, at the position of its name, found the way
 * LiquidJS's own static analysis walks a template (arguments, then children).
 */
export function collectFilterUses(templates: readonly Template[]): TFilterUse[] {
  const uses: TFilterUse[] = [];
  const visit = (template: Template) => {
    for (const argument of template.arguments?.() ?? []) {
      if (!(argument instanceof Value)) continue;
      for (const filter of argument.filters) {
        // The filter's own token is private in LiquidJS's types; the enclosing tag or
        // output is the fallback, should a release rename it.
        const token: unknown = Reflect.get(filter, "token");
        const [line = 1, column = 1] = (token instanceof Token ? token : template.token).getPosition();
        uses.push({ name: filter.name, line, column });
      }
    }
    if (template.children) {
      for (const child of toValueSync(template.children(false, true))) visit(child);
    }
  };
  templates.forEach(visit);
  return uses;
}
