import { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import { db } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { forgetTemplates } from "./template-cache";

export const ZCustomVariable = z.strictObject({
  key: z.string().trim().regex(/^[a-z][a-z0-9_]{0,63}$/, "must be 1-64 lowercase letters, digits or _, starting with a letter (used as custom.<key>)"),
  value: z.string().max(2_000, "must be at most 2,000 characters"),
  description: z.string().trim().max(300, "must be at most 300 characters").nullish(),
});
export const ZCustomVariables = z.array(ZCustomVariable).max(200, "may hold at most 200 variables").refine((list) => new Set(list.map((v) => v.key)).size === list.length, "lists a key twice");
export type TCustomVariable = z.output<typeof ZCustomVariable>;

export async function listCustomVariables(): Promise<TCustomVariable[]> {
  const rows = await db().templateVariable.findMany({ orderBy: { key: "asc" } });
  return rows.map((row) => ({ key: row.key, value: row.value, description: row.description }));
}

/** Replaces the whole set (the settings form edits them together). */
export async function saveCustomVariables(input: unknown): Promise<TCustomVariable[]> {
  const variables = parseInput(ZCustomVariables, input);
  await db().$transaction(async (tx) => {
    const before = await tx.templateVariable.findMany({ orderBy: { key: "asc" } });
    await tx.templateVariable.deleteMany({ where: { key: { notIn: variables.map((v) => v.key) } } });
    for (const v of variables) await tx.templateVariable.upsert({ where: { key: v.key }, create: { ...v, description: v.description ?? null }, update: { value: v.value, description: v.description ?? null } });
    // One field per variable, so the log reads "runbook_base: https://old → https://new".
    const values = (rows: { key: string; value: string }[]) => Object.fromEntries(rows.map((row) => [row.key, row.value]));
    await recordAudit(tx, { action: "template_variables.updated", target: { type: "template_variables", label: "custom variables" }, before: values(before), after: values(variables) });
  });
  forgetTemplates();
  return listCustomVariables();
}
