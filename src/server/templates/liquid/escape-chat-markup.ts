const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * User text for Slack mrkdwn (and Teams, which reads the same entities). Slack's
 * control sequences all start with `<`: `<!channel>`, `<@U123>`, `<https://x|label>`;
 * escaping `&`, `<` and `>` is what Slack documents, and it is enough to stop an event
 * title from pinging a channel or disguising a link. Emphasis marks (`*`, `_`, `~`)
 * have no escape in mrkdwn and can only restyle the text, so they stay.
 */
export function escapeChatMarkup(text: string): string {
  return text.replace(/[&<>]/g, (char) => ENTITIES[char] ?? char);
}
