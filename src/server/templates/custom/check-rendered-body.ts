import { SLACK_LIMITS } from "@/server/channels/slack/build-slack-message";
import { smsSegments } from "@/server/channels/sms/sms-segments";
import { TEAMS_MAX_PAYLOAD_BYTES as TEAMS_MAX_BYTES } from "@/server/channels/teams/build-teams-message";

/** The most SMS parts a custom text may take; the built-in text is cut to the same. */
export const SMS_MAX_SEGMENTS = 10;
/** Receivers rarely accept more; the built-in webhook body stays far below it. */
export const WEBHOOK_MAX_BYTES = 256 * 1024;

const BLOCK_TYPES = new Set(["section", "header", "divider", "context", "actions", "image", "rich_text", "input", "file", "video", "markdown"]);

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * What the channel would refuse in a rendered body (rendered with sample
 * data, so a template is judged by what it produces): Block Kit and
 * Adaptive Card structure, size limits, SMS length. Messages, not exceptions.
 */
export function checkRenderedChannelBody(path: string, rendered: unknown): string[] {
  switch (path) {
    case "bodies.slack.text":
      return String(rendered).length > SLACK_LIMITS.fallbackText ? [`renders to more than ${SLACK_LIMITS.fallbackText.toLocaleString("en")} characters, Slack's limit`] : [];
    case "bodies.slack.blocks":
      return checkBlocks(isObject(rendered) && Array.isArray(rendered.blocks) ? rendered.blocks : rendered);
    case "bodies.teams.text":
      return bytes(rendered) > TEAMS_MAX_BYTES ? [`renders to more than ${TEAMS_MAX_BYTES / 1024} KB, Teams' limit`] : [];
    case "bodies.teams.card":
      return checkCard(rendered);
    case "bodies.webhook.payload":
      if (!isObject(rendered)) return ["must render to a JSON object (receivers expect an object at the top)"];
      return bytes(rendered) > WEBHOOK_MAX_BYTES ? [`renders to more than ${WEBHOOK_MAX_BYTES / 1024} KB`] : [];
    case "bodies.sms.text": {
      const { segments } = smsSegments(String(rendered));
      return segments > SMS_MAX_SEGMENTS ? [`renders to ${segments} SMS parts; the limit is ${SMS_MAX_SEGMENTS}`] : [];
    }
    case "bodies.email.subject":
      return String(rendered).trim() === "" ? ["renders to an empty subject"] : [];
    default:
      return [];
  }
}

function checkBlocks(blocks: unknown): string[] {
  if (!Array.isArray(blocks)) return ['must render to a JSON array of Block Kit blocks (or {"blocks": [...]})'];
  if (blocks.length > SLACK_LIMITS.blocks) return [`has ${blocks.length} blocks; Slack allows ${SLACK_LIMITS.blocks}`];
  const problems: string[] = [];
  blocks.forEach((block, index) => {
    if (!isObject(block) || typeof block.type !== "string") problems.push(`block ${index + 1} needs a "type"`);
    else if (!BLOCK_TYPES.has(block.type)) problems.push(`block ${index + 1} has an unknown type "${block.type}"`);
    else if (block.type === "header" && (!isObject(block.text) || block.text.type !== "plain_text")) problems.push(`block ${index + 1}: a header needs {"type": "plain_text", "text": …}`);
    else if (isObject(block.text) && typeof block.text.text === "string") {
      const max = block.type === "header" ? SLACK_LIMITS.headerText : SLACK_LIMITS.text;
      if (block.text.text.length > max) problems.push(`block ${index + 1}: text longer than ${max.toLocaleString("en")} characters`);
    }
  });
  return problems;
}

function checkCard(card: unknown): string[] {
  if (!isObject(card)) return ["must render to a JSON object: an Adaptive Card"];
  const problems: string[] = [];
  if (card.type !== "AdaptiveCard") problems.push('needs "type": "AdaptiveCard"');
  if (typeof card.version !== "string") problems.push('needs a "version", e.g. "1.5"');
  if (!Array.isArray(card.body)) problems.push('needs a "body" array of elements');
  else card.body.forEach((element, index) => {
    if (!isObject(element) || typeof element.type !== "string") problems.push(`body element ${index + 1} needs a "type"`);
  });
  if (bytes(card) > TEAMS_MAX_BYTES) problems.push(`renders to more than ${TEAMS_MAX_BYTES / 1024} KB, Teams' limit`);
  return problems;
}
