/** Slack reads only these three as control characters; escaping anything else would show the entity. */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const escapedLength = (char: string) => (char === "&" ? 5 : char === "<" || char === ">" ? 4 : char.length);

/**
 * Escapes `raw` and fits it into `max` characters with a "…" marker, cutting the raw text
 * so an entity such as "&amp;" is never split (Slack would show the broken half).
 */
export function slackText(raw: string, max: number, keep: "start" | "end" = "start"): string {
  const escaped = escapeSlackText(raw);
  if (escaped.length <= max) return escaped;
  // Every character escapes to at least one, so `max` raw units are more than can ever fit.
  const chars = Array.from(keep === "end" ? raw.slice(-max) : raw.slice(0, max));
  if (keep === "end") chars.reverse();
  const kept: string[] = [];
  let used = 1;
  for (const char of chars) {
    const size = escapedLength(char);
    if (used + size > max) break;
    used += size;
    kept.push(char);
  }
  if (keep === "end") return `…${escapeSlackText(kept.reverse().join(""))}`;
  return `${escapeSlackText(kept.join(""))}…`;
}

const FENCE = "```";

/** A fenced code block of at most `max` characters; a fence inside the text would end the block early. */
export function slackCodeBlock(raw: string, max: number, keep: "start" | "end" = "start"): string {
  const defused = raw.replaceAll(FENCE, "`\u200b`\u200b`");
  return `${FENCE}\n${slackText(defused, max - 2 * FENCE.length - 2, keep)}\n${FENCE}`;
}
