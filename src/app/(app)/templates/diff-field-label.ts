import { CHANNEL_LABEL, TEMPLATE_CHANNELS, TEMPLATE_FIELDS } from "./template-fields";

const PLAIN: Record<string, string> = { name: "Name", description: "Description", event_types: "Event types" };

const BODY_LABELS = new Map<string, string>(
  TEMPLATE_CHANNELS.flatMap((channel) => TEMPLATE_FIELDS[channel].map((field) => [`bodies.${channel}.${field.name}`, `${CHANNEL_LABEL[channel]} · ${field.label}`] as const)),
);

/** "bodies.email.html" → "Email · HTML body"; unknown paths as they are. */
export const diffFieldLabel = (field: string) => PLAIN[field] ?? BODY_LABELS.get(field) ?? field;
