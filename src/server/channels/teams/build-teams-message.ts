import type { TTone } from "@/emails/components/theme";
import { messageTone, truncateText, type TChannelMessage } from "../channel-message";

type TTextBlock = {
  type: "TextBlock";
  text: string;
  wrap: true;
  size?: "Small" | "Large";
  weight?: "Bolder";
  color?: TTeamsColor;
  isSubtle?: boolean;
  fontType?: "Monospace";
  spacing?: "Medium";
};
type TFactSet = { type: "FactSet"; facts: { title: string; value: string }[] };
type TContainer = { type: "Container"; style: "emphasis"; spacing: "Medium"; items: TTextBlock[] };
type TTeamsColor = "attention" | "warning" | "good" | "accent" | "default";

export type TAdaptiveCard = {
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json";
  type: "AdaptiveCard";
  version: "1.4";
  msteams: { width: "Full" };
  body: (TTextBlock | TFactSet | TContainer)[];
  actions: { type: "Action.OpenUrl"; title: string; url: string }[];
};

/** The JSON body of a POST to a Teams Workflows "When a Teams webhook request is received" URL. */
export type TTeamsMessage = {
  type: "message";
  attachments: [{ contentType: "application/vnd.microsoft.card.adaptive"; contentUrl: null; content: TAdaptiveCard }];
};

/** Teams refuses messages above about 28 KB, counted over the whole request body. */
export const TEAMS_MAX_PAYLOAD_BYTES = 28 * 1024;

const TONE_COLOR: Record<TTone, TTeamsColor> = {
  success: "good",
  info: "accent",
  warning: "warning",
  error: "attention",
  critical: "attention",
  neutral: "default",
};

type TParts = { body: string; error: string; log: string; factValueMax: number };

type TCut = { size: (m: TChannelMessage, parts: TParts) => number; apply: (parts: TParts, n: number) => TParts };

const cutText = (key: "body" | "error" | "log", keep: "start" | "end"): TCut => ({
  size: (_m, parts) => parts[key].length,
  apply: (parts, n) => ({ ...parts, [key]: truncateText(parts[key], n, keep) }),
});

/**
 * Facts are what an on-call reader scans first, so when the card is too big the log
 * excerpt gives way first (its tail kept), then the body, then the error text. Fact values
 * are shortened only when the facts alone pass the limit (possible with 30 long custom
 * details), because Teams drops an oversized message entirely.
 */
const CUTS: TCut[] = [
  cutText("log", "end"),
  cutText("body", "start"),
  cutText("error", "start"),
  {
    size: (m) => Math.max(0, ...m.facts.map((f) => f.value.length)),
    apply: (parts, n) => ({ ...parts, factValueMax: n }),
  },
];

export function buildTeamsMessage(message: TChannelMessage): TTeamsMessage {
  if (message.custom?.channel === "teams") return customTeamsMessage(message, message.custom);
  // A character takes at least one byte, so longer texts are cut anyway; cutting them first keeps the search fast.
  const cap = (text: string, keep: "start" | "end") => truncateText(text, TEAMS_MAX_PAYLOAD_BYTES, keep);
  let parts: TParts = {
    body: cap(message.body, "start"),
    error: cap(message.job.error ?? "", "start"),
    log: cap(message.logExcerpt ?? "", "end"),
    factValueMax: Infinity,
  };
  for (const cut of CUTS) {
    if (fits(envelope(message, parts))) break;
    parts = cut.apply(parts, longestFitting(message, parts, cut));
  }
  return envelope(message, parts);
}

/** An operator's template: their Adaptive Card as rendered, or their text in a card with our subtitle. */
function customTeamsMessage(message: TChannelMessage, custom: { text: string; card: Record<string, unknown> | null }): TTeamsMessage {
  const content = (custom.card ?? {
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    type: "AdaptiveCard",
    version: "1.4",
    msteams: { width: "Full" },
    body: [
      { type: "TextBlock", text: paragraphs(truncateText(custom.text, TEAMS_MAX_PAYLOAD_BYTES / 2)), wrap: true },
      { type: "TextBlock", text: subtitle(message), wrap: true, size: "Small", isSubtle: true },
    ],
    actions: [{ type: "Action.OpenUrl", title: "Open in OpsConductor", url: message.url }],
  }) as TAdaptiveCard;
  return { type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null, content }] };
}

function fits(payload: TTeamsMessage): boolean {
  return Buffer.byteLength(JSON.stringify(payload), "utf8") <= TEAMS_MAX_PAYLOAD_BYTES;
}

/** Binary search over the cut length: JSON escaping and multi-byte characters make the size non-linear. */
function longestFitting(message: TChannelMessage, parts: TParts, cut: TCut): number {
  let low = 0;
  let high = cut.size(message, parts);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(envelope(message, cut.apply(parts, mid)))) low = mid;
    else high = mid - 1;
  }
  return low;
}

function envelope(message: TChannelMessage, parts: TParts): TTeamsMessage {
  return {
    type: "message",
    attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null, content: card(message, parts) }],
  };
}

function card(message: TChannelMessage, parts: TParts): TAdaptiveCard {
  const body: TAdaptiveCard["body"] = [
    { type: "TextBlock", text: message.title, wrap: true, size: "Large", weight: "Bolder", color: TONE_COLOR[messageTone(message)] },
    { type: "TextBlock", text: subtitle(message), wrap: true, size: "Small", isSubtle: true },
  ];
  if (message.facts.length > 0) {
    body.push({ type: "FactSet", facts: message.facts.map(({ label, value }) => ({ title: label, value: truncateText(value, parts.factValueMax) })) });
  }
  if (parts.body) body.push({ type: "TextBlock", text: paragraphs(parts.body), wrap: true, spacing: "Medium" });
  if (parts.error) body.push({ type: "TextBlock", text: paragraphs(parts.error), wrap: true, color: "attention", spacing: "Medium" });
  if (parts.log) {
    body.push({
      type: "Container",
      style: "emphasis",
      spacing: "Medium",
      items: [{ type: "TextBlock", text: paragraphs(parts.log), wrap: true, fontType: "Monospace", size: "Small" }],
    });
  }
  return {
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    type: "AdaptiveCard",
    version: "1.4",
    // Without it Teams squeezes the card to a narrow column, which wraps every log line.
    msteams: { width: "Full" },
    body,
    actions: [
      { type: "Action.OpenUrl", title: "Open in OpsConductor", url: message.url },
      ...(message.ackUrl ? [{ type: "Action.OpenUrl" as const, title: "Acknowledge", url: message.ackUrl }] : []),
    ],
  };
}

/**
 * DATE()/TIME() let Teams show the time in the reader's zone; they accept only
 * second-precision RFC 3339, so milliseconds are dropped.
 */
function subtitle(message: TChannelMessage): string {
  const iso = message.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z");
  return `${message.notificationType} · {{DATE(${iso}, SHORT)}} {{TIME(${iso})}} · ${message.productName ?? "OpsConductor Notify"}`;
}

/** TextBlocks are Markdown: a single newline is not a line break, an empty line is. */
function paragraphs(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/\n+/g, "\n\n");
}
