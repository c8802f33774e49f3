import { z } from "zod";
import { db } from "@/server/db/client";
import { toRoutableEvent } from "@/server/events/derive-event";
import { eventFromRow } from "@/server/events/event-from-row";
import { ZEventId, ZEventInput } from "@/server/events/event-schema";
import { ZEventSeverity } from "@/server/events/event-severity";
import { ZAudience, type TAudienceTarget } from "@/server/events/audience-target";
import { AppError, parseInput } from "@/server/errors/app-error";
import { applyRules, type TCompiledRule } from "@/server/routing/apply-rules";
import { loadDirectory } from "@/server/routing/load-directory";
import { compileStoredRule, loadEnabledRules } from "@/server/routing/load-rules";
import { planDeliveries } from "@/server/routing/plan-deliveries";
import { compileMatch, explainMatch, type TMatchExplanation } from "./compile-match";
import { checkRuleTargets } from "./check-rule-targets";
import { ZRuleId } from "./rule-id";
import { ZRuleInput } from "./rule-schema";

/** Body of POST /api/v1/rules/test: an event (or a stored one by id) and a saved rule, an unsaved one, or both (an edit). */
export const ZTestRuleRequest = z
  .strictObject({
    event: z.unknown().optional(),
    event_id: ZEventId.optional(),
    rule_id: ZRuleId.optional(),
    rule: z.unknown().optional(),
  })
  .refine((request) => (request.event === undefined) !== (request.event_id === undefined), { path: ["event"], message: "give either event or event_id" })
  .refine((request) => request.rule_id !== undefined || request.rule !== undefined, { path: ["rule"], message: "give rule_id, rule, or both" });
export type TTestRuleRequest = z.input<typeof ZTestRuleRequest>;

/**
 * Answers exactly the decisions routing would make for the event — who,
 * on which channel, notified / deferred / suppressed and why — with the
 * tested rule in place among the enabled rules, and sends nothing.
 */
export async function testRule(input: TTestRuleRequest | unknown, now = new Date()) {
  const request = parseInput(ZTestRuleRequest, input);
  const { event, explicit } = await testEvent(request);
  const saved = request.rule_id ? await db().routingRule.findUnique({ where: { id: request.rule_id } }) : null;
  if (request.rule_id && !saved) throw new AppError("NOT_FOUND", `Rule ${request.rule_id} not found`);
  const candidate = request.rule === undefined ? null : parseRule(request.rule);
  if (candidate) await checkRuleTargets(candidate.actions);

  const tested: TCompiledRule & { match: unknown } = candidate
    ? { id: saved?.id ?? null, name: candidate.name, match: candidate.match, matches: compileMatch(candidate.match), actions: candidate.actions }
    : { ...(compileStoredRule(saved!) ?? invalidSaved(saved!.id)), match: saved!.match };
  const position = candidate?.position ?? saved?.position;
  const others = (await loadEnabledRules()).filter((rule) => rule.id === null || rule.id !== saved?.id);
  const positions = new Map((await db().routingRule.findMany({ select: { id: true, position: true } })).map((row) => [row.id, row.position]));
  const at = position === undefined ? others.length : others.filter((rule) => (positions.get(rule.id ?? -1) ?? 0) < position).length;
  const rules = [...others.slice(0, at), tested, ...others.slice(at)];

  const outcome = applyRules(event, explicit, rules);
  const directory = await loadDirectory(outcome.audience.map((entry) => entry.target));
  const explanation: TMatchExplanation = explainMatch(tested.match as Parameters<typeof explainMatch>[0], event);
  return {
    tested_rule: { id: tested.id, name: tested.name, matched: outcome.matched.some((rule) => rule.id === tested.id && rule.name === tested.name), explanation },
    matched_rules: outcome.matched,
    severity: outcome.severity,
    decisions: planDeliveries(outcome, event.type, directory, now).map((made) => ({
      recipient: made.recipient,
      user_id: made.userId,
      channel: made.channel?.toLowerCase() ?? null,
      outcome: made.outcome.toLowerCase() as "notified" | "deferred" | "suppressed",
      reason: made.reason,
      rule_id: made.ruleId,
      deliver_after: made.deliverAfter?.toISOString() ?? null,
    })),
  };
}
export type TRuleTestResult = Awaited<ReturnType<typeof testRule>>;

/** The response schema of TRuleTestResult. */
export const ZRuleTestResult = z.object({
  tested_rule: z.object({
    id: z.number().int().nullable(),
    name: z.string(),
    matched: z.boolean(),
    explanation: z
      .looseObject({ type: z.literal("group"), mode: z.enum(["all", "any"]), matched: z.boolean(), entries: z.array(z.looseObject({})) })
      .meta({ description: "Mirrors the match: every group and condition with whether it matched, and what each condition saw (`actual`)" }),
  }),
  matched_rules: z.array(z.object({ id: z.number().int().nullable(), name: z.string() })),
  severity: ZEventSeverity,
  decisions: z.array(
    z.object({
      recipient: z.string(),
      user_id: z.number().int().nullable(),
      channel: z.string().nullable(),
      outcome: z.enum(["notified", "deferred", "suppressed"]),
      reason: z.string(),
      rule_id: z.number().int().nullable(),
      deliver_after: z.string().nullable(),
    }),
  ),
});

async function testEvent(request: z.output<typeof ZTestRuleRequest>): Promise<{ event: ReturnType<typeof toRoutableEvent>; explicit: TAudienceTarget[] }> {
  if (request.event_id) {
    const stored = await db().event.findUnique({ where: { id: request.event_id } });
    if (!stored) throw new AppError("NOT_FOUND", `Event ${request.event_id} not found`);
    const explicit = ZAudience.safeParse(stored.recipients);
    return { event: eventFromRow(stored), explicit: explicit.success ? explicit.data : [] };
  }
  const parsed = ZEventInput.safeParse(request.event);
  if (!parsed.success) throw prefixed(parsed.error, "event");
  return { event: toRoutableEvent(parsed.data, new Date()), explicit: parsed.data.recipients ?? [] };
}

function parseRule(rule: unknown) {
  const parsed = ZRuleInput.safeParse(rule);
  if (!parsed.success) throw prefixed(parsed.error, "rule");
  return parsed.data;
}

function prefixed(error: z.ZodError, prefix: string): AppError {
  return AppError.fromZod(new z.ZodError(error.issues.map((issue) => ({ ...issue, path: [prefix, ...issue.path] }))), `Invalid ${prefix}`);
}

function invalidSaved(id: number): never {
  throw new AppError("CONFLICT", `Rule ${id} is stored in a format this version cannot read; edit and save it again`);
}
