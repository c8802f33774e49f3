import type { MessageTemplate, MessageTemplateVersion } from "@/server/db/client";
import { z } from "zod";
import { TEMPLATE_CHANNELS, ZTemplateBodies, type TTemplateBodies } from "./template-input-schema";

/** A template as REST and the Templates page see it: its current version's content and its health. */
export const ZTemplateView = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  event_types: z.array(z.string()),
  bodies: ZTemplateBodies,
  channels: z.array(z.enum(TEMPLATE_CHANNELS)).meta({ description: "The channels the template has a body for" }),
  version: z.number().int(),
  updated_at: z.string(),
  updated_by: z.string(),
  created_at: z.string(),
  failure_count: z.number().int().meta({ description: "Renders that failed since the last save (the built-in template was used instead)" }),
  last_failure_at: z.string().nullable(),
  last_failure_message: z.string().nullable(),
});
export type TTemplateView = z.output<typeof ZTemplateView>;

export function toTemplateView(template: MessageTemplate, current: MessageTemplateVersion): TTemplateView {
  return {
    key: template.key,
    name: template.name,
    description: template.description,
    event_types: template.eventTypes,
    bodies: current.bodies as TTemplateBodies,
    channels: TEMPLATE_CHANNELS.filter((channel) => (current.bodies as TTemplateBodies)[channel]),
    version: template.currentVersion,
    updated_at: template.updatedAt.toISOString(),
    updated_by: current.createdBy,
    created_at: template.createdAt.toISOString(),
    failure_count: template.failureCount,
    last_failure_at: template.lastFailureAt?.toISOString() ?? null,
    last_failure_message: template.lastFailureMessage,
  };
}

export function toTemplateVersionView(version: MessageTemplateVersion) {
  return {
    version: version.version,
    name: version.name,
    description: version.description,
    event_types: version.eventTypes,
    bodies: version.bodies as TTemplateBodies,
    created_by: version.createdBy,
    created_at: version.createdAt.toISOString(),
    note: version.note,
  };
}
export type TTemplateVersionView = ReturnType<typeof toTemplateVersionView>;
