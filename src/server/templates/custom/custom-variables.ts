import { z } from "zod";
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
  await db().$transaction([
    db().templateVariable.deleteMany({ where: { key: { notIn: variables.map((v) => v.key) } } }),
    ...variables.map((v) => db().templateVariable.upsert({ where: { key: v.key }, create: { ...v, description: v.description ?? null }, update: { value: v.value, description: v.description ?? null } })),
  ]);
  forgetTemplates();
  return listCustomVariables();
}
