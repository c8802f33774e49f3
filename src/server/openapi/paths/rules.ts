import { z } from "zod";
import { ZRuleId } from "@/server/rules/rule-id";
import { ZRuleView, type TRuleView } from "@/server/rules/rule-view";
import { ZRuleTestResult, ZTestRuleRequest, type TRuleTestResult } from "@/server/rules/test-rule";
import type { TApiRoute } from "../api-route";
import { describes } from "../describes";
import { ZRuleInputComponent as ZRuleInput } from "../named-inputs";
import { EXAMPLE_TIME } from "../examples";

const tag = "Rules";
const ZIdParams = z.object({ id: ZRuleId });
const admin = { scopes: ["admin"] } as const;
const ZRule = describes<TRuleView>()(ZRuleView);
const ZTestResult = describes<TRuleTestResult>()(ZRuleTestResult);

const input = {
  name: "On-call failures",
  description: "Production job failures reach the on-call operators",
  enabled: true,
  match: { all: [{ field: "type", op: "equals", value: "job.failed" }, { field: "labels.env", op: "equals", value: "prod" }] },
  actions: { notify: [{ role: "OPERATOR" }], channels: ["email", "slack"] },
};
const rule = { id: 1, ...input, position: 0, created_at: EXAMPLE_TIME, updated_at: EXAMPLE_TIME };

export const ruleRoutes: TApiRoute[] = [
  {
    method: "get",
    path: "/api/v1/rules",
    tag,
    summary: "List routing rules",
    description: "In evaluation order, disabled ones included.",
    access: admin,
    response: { status: 200, description: "Every rule", body: { schema: z.object({ data: z.array(ZRule) }), example: { data: [rule] } } },
    errors: [429],
  },
  {
    method: "post",
    path: "/api/v1/rules",
    tag,
    summary: "Create a routing rule",
    description: "Left without `position`, the rule goes last. Every target must exist; 409 when the name is taken.",
    access: admin,
    body: { schema: ZRuleInput, example: input },
    response: { status: 201, description: "The created rule", body: { schema: ZRule, example: rule } },
    errors: [400, 409, 429],
  },
  {
    method: "post",
    path: "/api/v1/rules/test",
    tag,
    summary: "Test a rule against an event",
    description: "Answers exactly the decisions routing would make with the tested rule in place among the enabled rules, and sends nothing. Give `event` or `event_id`, and `rule_id`, `rule` or both (an edit).",
    access: admin,
    body: { schema: ZTestRuleRequest, example: { event: { type: "job.failed", title: "nightly-backup failed on db-01", labels: { env: "prod" } }, rule: input } },
    response: {
      status: 200,
      description: "What routing would decide",
      body: {
        schema: ZTestResult,
        example: {
          tested_rule: {
            id: null,
            name: "On-call failures",
            matched: true,
            explanation: {
              type: "group",
              mode: "all",
              matched: true,
              entries: [
                { type: "condition", field: "type", op: "equals", value: "job.failed", matched: true, actual: "job.failed" },
                { type: "condition", field: "labels.env", op: "equals", value: "prod", matched: true, actual: "prod" },
              ],
            },
          },
          matched_rules: [{ id: null, name: "On-call failures" }],
          severity: "warning",
          decisions: [{ recipient: "oncall@example.com", user_id: 3, channel: "email", outcome: "notified", reason: 'Rule "On-call failures" matched', rule_id: null, deliver_after: null }],
        },
      },
    },
    errors: [400, 404, 409, 429],
  },
  {
    method: "get",
    path: "/api/v1/rules/{id}",
    tag,
    summary: "Get a routing rule",
    access: admin,
    params: { path: ZIdParams },
    response: { status: 200, description: "The rule", body: { schema: ZRule, example: rule } },
    errors: [400, 404, 429],
  },
  {
    method: "put",
    path: "/api/v1/rules/{id}",
    tag,
    summary: "Replace a routing rule",
    access: admin,
    params: { path: ZIdParams },
    body: { schema: ZRuleInput, example: { ...input, enabled: false } },
    response: { status: 200, description: "The saved rule", body: { schema: ZRule, example: { ...rule, enabled: false } } },
    errors: [400, 404, 409, 429],
  },
  {
    method: "delete",
    path: "/api/v1/rules/{id}",
    tag,
    summary: "Delete a routing rule",
    access: admin,
    params: { path: ZIdParams },
    response: { status: 204, description: "Deleted" },
    errors: [400, 404, 429],
  },
];
