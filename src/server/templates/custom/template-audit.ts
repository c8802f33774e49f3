import type { Prisma } from "@/server/db/client";

type TVersionFields = { name: string; description: string | null; eventTypes: string[]; bodies: Prisma.JsonValue | Prisma.InputJsonValue };

export const templateTarget = (template: { key: string; name: string }) => ({ type: "template", id: template.key, label: template.name });

/** A template version as the audit log compares it: the words, not the version number. */
export function templateSnapshot(version: TVersionFields) {
  return { name: version.name, description: version.description, event_types: version.eventTypes, bodies: version.bodies };
}
