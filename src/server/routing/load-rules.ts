import { db } from "@/server/db/client";
import { compileMatch } from "@/server/rules/compile-match";
import { ZRuleActions } from "@/server/rules/rule-actions-schema";
import { ZRuleMatch } from "@/server/rules/rule-match-schema";
import type { TCompiledRule } from "./apply-rules";

type TStoredRule = { id: number; name: string; match: unknown; actions: unknown };

/** Compiling is the dear part (zod, globs, RE2 regexes): a rule is compiled again only once what it says changed. */
let compiledRules = new Map<number, { source: string; compiled: TCompiledRule | null }>();

/** The enabled rules in evaluation order, compiled. Read fresh per routing batch, so a saved rule applies to the next event. */
export async function loadEnabledRules(): Promise<TCompiledRule[]> {
  const rows = await db().routingRule.findMany({ where: { enabled: true }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true, match: true, actions: true } });
  const known = compiledRules;
  compiledRules = new Map(
    rows.map((row) => {
      const source = JSON.stringify([row.name, row.match, row.actions]);
      const cached = known.get(row.id);
      return [row.id, cached?.source === source ? cached : { source, compiled: compileStoredRule(row) }];
    }),
  );
  return rows.flatMap((row) => compiledRules.get(row.id)?.compiled ?? []);
}

/** Rules are validated when saved; one that no longer parses (an older format) is skipped loudly rather than crashing routing. */
export function compileStoredRule(rule: TStoredRule): TCompiledRule | null {
  const match = ZRuleMatch.safeParse(rule.match);
  const actions = ZRuleActions.safeParse(rule.actions);
  if (!match.success || !actions.success) {
    console.error(`[routing] rule ${rule.id} "${rule.name}" is not valid any more and was skipped`);
    return null;
  }
  return { id: rule.id, name: rule.name, matches: compileMatch(match.data), actions: actions.data };
}
