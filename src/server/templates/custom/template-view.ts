import type { MessageTemplate, MessageTemplateVersion } from "@/server/db/client";
import { TEMPLATE_CHANNELS, type TTemplateBodies } from "./template-input-schema";

/** A template as REST and the Templates page see it: its current version's content and its health. */
export function toTemplateView(template: MessageTemplate, current: MessageTemplateVersion) {
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
export type TTemplateView = ReturnType<typeof toTemplateView>;

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
