import { z } from "zod";
import { db, Prisma, type EscalationPolicy } from "@/server/db/client";
import { recordAudit } from "@/server/audit/record-audit";
import { AppError, parseInput, type TFieldErrors } from "@/server/errors/app-error";
import { audienceProblems } from "@/server/events/audience-problems";
import { ZAudienceTargetView } from "@/server/events/audience-target";
import { throwIfAny } from "@/server/rules/check-rule-targets";
import { ZEscalationPolicyId, ZEscalationPolicyInput, type TEscalationLevel, type TEscalationPolicyInput } from "./escalation-policy-schema";

/** A policy as REST and the policies page see it. */
export const ZEscalationPolicyView = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  levels: z.array(z.object({ delay_seconds: z.number().int(), targets: z.array(ZAudienceTargetView) })),
  repeat: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});

export function toEscalationPolicyView(policy: EscalationPolicy): TEscalationPolicyView {
  return {
    id: policy.id,
    name: policy.name,
    description: policy.description,
    levels: policy.levels as TEscalationLevel[],
    repeat: policy.repeat,
    created_at: policy.createdAt.toISOString(),
    updated_at: policy.updatedAt.toISOString(),
  };
}
export type TEscalationPolicyView = z.output<typeof ZEscalationPolicyView>;

export async function listEscalationPolicies(): Promise<TEscalationPolicyView[]> {
  return (await db().escalationPolicy.findMany({ orderBy: { name: "asc" } })).map(toEscalationPolicyView);
}

export async function getEscalationPolicy(id: unknown): Promise<TEscalationPolicyView> {
  const policyId = parseInput(ZEscalationPolicyId, id);
  const policy = await db().escalationPolicy.findUnique({ where: { id: policyId } });
  if (!policy) throw new AppError("NOT_FOUND", `Escalation policy ${policyId} not found`);
  return toEscalationPolicyView(policy);
}

/** Creates (no id) or replaces (id) a policy; every level's targets must exist. Open incidents follow the saved levels from their next step on. */
export async function saveEscalationPolicy(options: { id?: unknown; input: TEscalationPolicyInput | unknown }): Promise<TEscalationPolicyView> {
  const input = parseInput(ZEscalationPolicyInput, options.input);
  const problems: TFieldErrors = {};
  for (const [index, level] of input.levels.entries()) Object.assign(problems, await audienceProblems(level.targets, `levels.${index}.targets`));
  throwIfAny(problems, "escalation policy");
  const data = { name: input.name, description: input.description ?? null, levels: input.levels as Prisma.InputJsonArray, repeat: input.repeat };
  const id = options.id === undefined ? undefined : parseInput(ZEscalationPolicyId, options.id);
  try {
    return await db().$transaction(async (tx) => {
      const before = id === undefined ? null : await tx.escalationPolicy.findUnique({ where: { id } });
      if (id !== undefined && !before) throw new AppError("NOT_FOUND", `Escalation policy ${id} not found`);
      const policy = before ? await tx.escalationPolicy.update({ where: { id: before.id }, data }) : await tx.escalationPolicy.create({ data });
      await recordAudit(tx, { action: before ? "escalation_policy.updated" : "escalation_policy.created", target: policyTarget(policy), before: before ? policySnapshot(before) : null, after: policySnapshot(policy) });
      return toEscalationPolicyView(policy);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `An escalation policy named "${input.name}" already exists`, { fieldErrors: { name: ["is already taken"] } });
    }
    throw error;
  }
}

/** Rules naming it are left as they are and escalate nothing (recorded in their decisions); open incidents keep running their last steps from the saved copy. */
export async function deleteEscalationPolicy(id: unknown): Promise<void> {
  const policyId = parseInput(ZEscalationPolicyId, id);
  await db().$transaction(async (tx) => {
    const policy = await tx.escalationPolicy.findUnique({ where: { id: policyId } });
    if (!policy) throw new AppError("NOT_FOUND", `Escalation policy ${policyId} not found`);
    await tx.escalationPolicy.delete({ where: { id: policyId } });
    await recordAudit(tx, { action: "escalation_policy.deleted", target: policyTarget(policy), before: policySnapshot(policy) });
  });
}

const policyTarget = (policy: EscalationPolicy) => ({ type: "escalation_policy", id: policy.id, label: policy.name });
const policySnapshot = (policy: EscalationPolicy) => ({ name: policy.name, description: policy.description, levels: policy.levels, repeat: policy.repeat });
