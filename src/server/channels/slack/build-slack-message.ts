import { formatDateTime } from "@/emails/components/format-date-time";
import type { TTone } from "@/emails/components/theme";
import { messageTone, truncateText, type TChannelMessage } from "../channel-message";
import { escapeSlackText, slackCodeBlock, slackText } from "./slack-mrkdwn";

type TPlainText = { type: "plain_text"; text: string; emoji: boolean };
type TMrkdwn = { type: "mrkdwn"; text: string };

export type TSlackBlock =
  | { type: "header"; text: TPlainText }
  | { type: "section"; text: TMrkdwn }
  | { type: "section"; fields: TMrkdwn[] }
  | { type: "context"; elements: TMrkdwn[] }
  | { type: "actions"; elements: { type: "button"; action_id: string; text: TPlainText; url: string }[] };

/** The JSON body of a POST to a Slack incoming webhook. */
export type TSlackMessage = { text: string; blocks: TSlackBlock[] };

/** Block Kit's documented limits; Slack answers invalid_blocks when one is exceeded. */
export const SLACK_LIMITS = {
  blocks: 50,
  text: 3000,
  headerText: 150,
  fieldsPerSection: 10,
  fieldText: 2000,
  fallbackText: 40_000,
} as const;

const TONE_EMOJI: Record<TTone, string> = {
  success: "✅",
  info: "ℹ️",
  warning: "⚠️",
  error: "❌",
  critical: "🚨",
  neutral: "🔔",
};

export function buildSlackMessage(message: TChannelMessage): TSlackMessage {
  if (message.custom?.channel === "slack") return customSlackMessage(message, message.custom);
  const emoji = TONE_EMOJI[messageTone(message)];
  const head: TSlackBlock[] = [
    { type: "header", text: { type: "plain_text", text: truncateText(`${emoji} ${message.title}`, SLACK_LIMITS.headerText), emoji: true } },
  ];
  if (message.body) head.push(mrkdwnSection(slackText(message.body, SLACK_LIMITS.text)));
  const tail: TSlackBlock[] = [];
  if (message.job.error) tail.push(mrkdwnSection(`*Error*\n${slackCodeBlock(message.job.error, SLACK_LIMITS.text - 9)}`));
  if (message.logExcerpt) {
    tail.push(mrkdwnSection(`*Log (last lines)*\n${slackCodeBlock(message.logExcerpt, SLACK_LIMITS.text - 19, "end")}`));
  }
  tail.push(contextBlock(message), {
    type: "actions",
    elements: [
      {
        type: "button",
        action_id: "open_notification",
        text: { type: "plain_text", text: "Open in OpsConductor", emoji: false },
        url: message.url,
      },
      ...(message.ackUrl
        ? [{ type: "button" as const, action_id: "acknowledge_incident", text: { type: "plain_text" as const, text: "Acknowledge", emoji: false }, url: message.ackUrl }]
        : []),
    ],
  });
  const fieldRoom = SLACK_LIMITS.blocks - head.length - tail.length;
  return {
    text: slackText(`${emoji} ${message.title}${message.body ? `\n${message.body}` : ""}`, SLACK_LIMITS.fallbackText),
    blocks: [...head, ...factSections(message.facts).slice(0, fieldRoom), ...tail],
  };
}

/** An operator's template: their Block Kit as rendered, or their text above our footer. */
function customSlackMessage(message: TChannelMessage, custom: { text: string; blocks: unknown[] | null }): TSlackMessage {
  const text = truncateText(custom.text, SLACK_LIMITS.fallbackText);
  if (custom.blocks) return { text, blocks: custom.blocks as TSlackBlock[] };
  return { text, blocks: [mrkdwnSection(truncateText(custom.text, SLACK_LIMITS.text)), contextBlock(message)] };
}

function mrkdwnSection(text: string): TSlackBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

function factSections(facts: TChannelMessage["facts"]): TSlackBlock[] {
  const fields = facts.map(({ label, value }): TMrkdwn => {
    const name = `*${slackText(label, 100)}*\n`;
    return { type: "mrkdwn", text: name + slackText(value, SLACK_LIMITS.fieldText - name.length) };
  });
  const sections: TSlackBlock[] = [];
  for (let i = 0; i < fields.length; i += SLACK_LIMITS.fieldsPerSection) {
    sections.push({ type: "section", fields: fields.slice(i, i + SLACK_LIMITS.fieldsPerSection) });
  }
  return sections;
}

/** `<!date^…>` shows the time in each reader's own zone; the fallback is for clients that cannot. */
function contextBlock(message: TChannelMessage): TSlackBlock {
  const unix = Math.floor(message.createdAt.getTime() / 1000);
  const when = `<!date^${unix}^{date_short_pretty} {time}|${escapeSlackText(formatDateTime(message.createdAt))}>`;
  const text = `${slackText(message.notificationType, 200)} · ${when} · ${escapeSlackText(message.productName ?? "OpsConductor Notify")}`;
  return { type: "context", elements: [{ type: "mrkdwn", text }] };
}
