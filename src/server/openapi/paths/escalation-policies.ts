import { z } from "zod";
import { ZEscalationPolicyView } from "@/server/incidents/escalation-policies";
import { ZEscalationPolicyId, ZEscalationPolicyInput } from "@/server/incidents/escalation-policy-schema";
import type { TApiRoute } from "../api-route";
import { EXAMPLE_TIME } from "../examples";

const tag = "Escalation policies";
const ZIdParams = z.object({ id: ZEscalationPolicyId });

const input = {
  name: "Database on-call",
  description: "Primary, then the whole team",
  levels: [
    { delay_seconds: 0, targets: [{ user: "oncall@example.com" }] },
    { delay_seconds: 900, targets: [{ role: "OPERATOR" }, { channel_name: "ops-slack" }] },
  ],
  repeat: 1,
};
const policy = { id: 1, ...input, created_at: EXAMPLE_TIME, updated_at: EXAMPLE_TIME };
const admin = { scopes: ["admin"] } as const;

export const escalationPolicyRoutes: TApiRoute[] = [
  {
    method: "get",
    path: "/api/v1/escalation-policies",
    tag,
    summary: "List escalation policies",
    access: admin,
    response: { status: 200, description: "Every policy, by name", body: { schema: z.object({ data: z.array(ZEscalationPolicyView) }), example: { data: [policy] } } },
    errors: [429],
  },
  {
    method: "post",
    path: "/api/v1/escalation-policies",
    tag,
    summary: "Create an escalation policy",
    description: "Levels fire in turn while nobody acknowledges; every target must exist. 409 when the name is taken.",
    access: admin,
    body: { schema: ZEscalationPolicyInput, example: input },
    response: { status: 201, description: "The created policy", body: { schema: ZEscalationPolicyView, example: policy } },
    errors: [400, 409, 429],
  },
  {
    method: "get",
    path: "/api/v1/escalation-policies/{id}",
    tag,
    summary: "Get an escalation policy",
    access: admin,
    params: { path: ZIdParams },
    response: { status: 200, description: "The policy", body: { schema: ZEscalationPolicyView, example: policy } },
    errors: [400, 404, 429],
  },
  {
    method: "put",
    path: "/api/v1/escalation-policies/{id}",
    tag,
    summary: "Replace an escalation policy",
    description: "Open incidents follow the saved levels from their next step on.",
    access: admin,
    params: { path: ZIdParams },
    body: { schema: ZEscalationPolicyInput, example: input },
    response: { status: 200, description: "The saved policy", body: { schema: ZEscalationPolicyView, example: policy } },
    errors: [400, 404, 409, 429],
  },
  {
    method: "delete",
    path: "/api/v1/escalation-policies/{id}",
    tag,
    summary: "Delete an escalation policy",
    description: "Rules naming it escalate nothing from then on (their decisions say so); open incidents finish from their saved copy.",
    access: admin,
    params: { path: ZIdParams },
    response: { status: 204, description: "Deleted" },
    errors: [400, 404, 429],
  },
];
