import { db } from "@/server/db/client";
import type { TTemplateBodies } from "./template-input-schema";

export type TActiveTemplate = { id: number; key: string; version: number; eventTypes: string[]; bodies: TTemplateBodies };

const TTL_MS = 5_000;
let cached: { at: number; templates: Promise<TActiveTemplate[]> } | undefined;

/**
 * Every template's current version, read at most every 5 s: consulted for
 * each send, and most installations have a handful. A save applies at once
 * in the process that made it and within 5 s in the others (workers).
 */
export function activeTemplates(): Promise<TActiveTemplate[]> {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const templates = loadActiveTemplates();
    cached = { at: Date.now(), templates };
    templates.catch(() => (cached = undefined));
  }
  return cached.templates;
}

let cachedVariables: { at: number; variables: Promise<Record<string, string>> } | undefined;

/** The admin's custom variables (custom.<key>), on the same 5-second footing as the templates. */
export function activeCustomVariables(): Promise<Record<string, string>> {
  if (!cachedVariables || Date.now() - cachedVariables.at > TTL_MS) {
    const variables = db()
      .templateVariable.findMany({ select: { key: true, value: true } })
      .then((rows) => Object.fromEntries(rows.map((row) => [row.key, row.value])));
    cachedVariables = { at: Date.now(), variables };
    variables.catch(() => (cachedVariables = undefined));
  }
  return cachedVariables.variables;
}

export function forgetTemplates(): void {
  cached = undefined;
  cachedVariables = undefined;
}

async function loadActiveTemplates(): Promise<TActiveTemplate[]> {
  const rows = await db().$queryRaw<{ id: number; key: string; version: number; event_types: string[]; bodies: TTemplateBodies }[]>`
    select t.id, t.key, t.current_version as version, t.event_types, v.bodies
      from message_templates t join message_template_versions v on v.template_id = t.id and v.version = t.current_version`;
  return rows.map((row) => ({ id: row.id, key: row.key, version: row.version, eventTypes: row.event_types ?? [], bodies: row.bodies }));
}
