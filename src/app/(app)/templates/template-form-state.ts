import type { TTemplateBodies, TTemplateChannel, TTemplateInput } from "@/server/templates/custom/template-input-schema";
import type { TTemplateView } from "@/server/templates/custom/template-view";
import { TEMPLATE_CHANNELS, TEMPLATE_FIELDS } from "./template-fields";

/** The form's own state: every source as text, and which channels have a body. */
export type TTemplateFormState = {
  key: string;
  name: string;
  description: string;
  /** As typed: "job.failed, job.*". */
  eventTypes: string;
  channels: TTemplateChannel[];
  /** Field name → source, per channel; a removed channel keeps its text until the page is left, so adding it back restores it. */
  bodies: Record<TTemplateChannel, Record<string, string>>;
};

/** What "Add Slack body" and friends start from: a working example rather than an empty box. */
const STARTERS: Record<TTemplateChannel, Record<string, string>> = {
  email: { subject: "", heading: "", html: "", text: "" },
  slack: {
    text: "{{ event.severity | severity_emoji }} *{{ event.title | markdown }}*\n{{ event.message | markdown }}",
    blocks: "",
  },
  teams: { text: "**{{ event.title }}**\n\n{{ event.message }}", card: "" },
  webhook: {
    payload: '{\n  "type": "{{ event.type }}",\n  "severity": "{{ event.severity }}",\n  "title": "{{ event.title }}",\n  "job": "{{ job.name }}",\n  "url": "{{ notification.url }}"\n}',
  },
  sms: { text: "{{ event.severity | upcase }}: {{ event.title | truncate: 120 }}" },
};

function emptyBodies(): TTemplateFormState["bodies"] {
  return { email: { ...STARTERS.email }, slack: { ...STARTERS.slack }, teams: { ...STARTERS.teams }, webhook: { ...STARTERS.webhook }, sms: { ...STARTERS.sms } };
}

export function emptyTemplateForm(): TTemplateFormState {
  return { key: "", name: "", description: "", eventTypes: "", channels: ["email"], bodies: emptyBodies() };
}

export function templateFormFrom(view: Pick<TTemplateView, "key" | "name" | "description" | "event_types" | "bodies">): TTemplateFormState {
  const bodies = emptyBodies();
  const channels = TEMPLATE_CHANNELS.filter((channel) => view.bodies[channel]);
  for (const channel of channels) {
    const saved = (view.bodies[channel] ?? {}) as Record<string, string | undefined>;
    for (const field of TEMPLATE_FIELDS[channel]) bodies[channel][field.name] = saved[field.name] ?? "";
  }
  return { key: view.key, name: view.name, description: view.description ?? "", eventTypes: view.event_types.join(", "), channels, bodies };
}

/** One channel's body as the API takes it: optional fields left out when empty. */
function bodyInput(state: TTemplateFormState, channel: TTemplateChannel): Record<string, string> {
  const body: Record<string, string> = {};
  for (const field of TEMPLATE_FIELDS[channel]) {
    const source = state.bodies[channel][field.name] ?? "";
    if (field.required || source.trim() !== "") body[field.name] = source;
  }
  return body;
}

/** The bodies of the given channels (all enabled ones by default). */
export function bodiesInput(state: TTemplateFormState, channels: readonly TTemplateChannel[] = state.channels): TTemplateBodies {
  return Object.fromEntries(channels.map((channel) => [channel, bodyInput(state, channel)])) as TTemplateBodies;
}

export const splitEventTypes = (text: string) => text.split(/[\s,]+/).filter(Boolean);

export function templateInputFrom(state: TTemplateFormState): TTemplateInput {
  return {
    key: state.key.trim(),
    name: state.name,
    description: state.description.trim() || null,
    event_types: splitEventTypes(state.eventTypes),
    bodies: bodiesInput(state),
  };
}

/** True when every required field of the channel has text: only then is a preview worth asking for. */
export function channelReady(state: TTemplateFormState, channel: TTemplateChannel): boolean {
  return TEMPLATE_FIELDS[channel].every((field) => !field.required || (state.bodies[channel][field.name] ?? "").trim() !== "");
}
