import type { TTemplateChannel } from "@/server/templates/custom/template-input-schema";

/** How a source is checked and highlighted: HTML-escaped Liquid, plain Liquid, or JSON with Liquid inside its strings. */
export type TSourceMode = "html" | "text" | "json";

export type TTemplateField = {
  channel: TTemplateChannel;
  /** The key inside the channel's body, e.g. `html` of `bodies.email.html`. */
  name: string;
  /** The accessible name of the editor; the e2e tests find editors by it. */
  label: string;
  mode: TSourceMode;
  required: boolean;
  hint: string;
  /** A one-line field (a subject) gets a short editor. */
  short?: boolean;
};

// Kept here rather than imported from template-input-schema, whose zod schema pulls server-side modules into the page.
export const TEMPLATE_CHANNELS = ["email", "slack", "teams", "webhook", "sms"] as const satisfies readonly TTemplateChannel[];

export const CHANNEL_LABEL: Record<TTemplateChannel, string> = { email: "Email", slack: "Slack", teams: "Teams", webhook: "Webhook", sms: "SMS" };

const field = (channel: TTemplateChannel, name: string, label: string, mode: TSourceMode, required: boolean, hint: string, short = false): TTemplateField => ({
  channel,
  name,
  label,
  mode,
  required,
  hint,
  short,
});

/** Every source field of every channel, in the order they appear in the editor. */
export const TEMPLATE_FIELDS: Record<TTemplateChannel, readonly TTemplateField[]> = {
  email: [
    field("email", "subject", "Subject", "text", true, "The subject line. Keep the event's title early: phones cut it short.", true),
    field("email", "heading", "Heading", "text", false, "The heading of the email card. Left empty, the subject is used.", true),
    field("email", "html", "HTML body", "html", true, "Body blocks inside the email layout. Every {{ }} is HTML-escaped; end with | raw only for markup you trust."),
    field("email", "text", "Plain text", "text", false, "The plain-text part. Left empty, it is derived from the HTML body."),
  ],
  slack: [
    field("slack", "text", "Slack text", "text", true, "The notification text, and the message itself when no Block Kit JSON is given. Use | markdown on event text."),
    field("slack", "blocks", "Block Kit JSON", "json", false, 'Optional: a JSON array of blocks (or {"blocks": [...]}); Liquid goes inside the strings.'),
  ],
  teams: [
    field("teams", "text", "Teams text", "text", true, "The message text, shown in a card when no Adaptive Card JSON is given."),
    field("teams", "card", "Adaptive Card JSON", "json", false, "Optional: an Adaptive Card (an object with type AdaptiveCard); Liquid goes inside the strings."),
  ],
  webhook: [field("webhook", "payload", "Webhook payload", "json", true, "The JSON object POSTed to the receiver; Liquid goes inside the strings.")],
  sms: [field("sms", "text", "SMS text", "text", true, "The whole SMS. Over 160 GSM-7 characters (70 with emoji or accents) it is sent in parts.")],
};

export const fieldPath = (item: Pick<TTemplateField, "channel" | "name">) => `bodies.${item.channel}.${item.name}`;

/** `template-bodies-email-html`: ids for focusing the editor a server error names. */
export const fieldElementId = (path: string) => `template-${path.replaceAll(".", "-")}`;
