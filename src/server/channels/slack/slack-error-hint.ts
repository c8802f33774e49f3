/** What the person fixing the channel should do, per error string a Slack incoming webhook answers with. */
const HINTS: Record<string, string> = {
  invalid_payload: "Slack could not read the message. This is a bug in OpsConductor Notify; please report it with the notification id.",
  invalid_blocks: "Slack refused the message layout. This is a bug in OpsConductor Notify; please report it with the notification id.",
  invalid_blocks_format: "Slack refused the message layout. This is a bug in OpsConductor Notify; please report it with the notification id.",
  too_many_attachments: "The message had too many attachments for Slack. Please report it with the notification id.",
  no_text: "Slack received a message without text. Please report it with the notification id.",
  channel_not_found: "The channel this webhook posts to no longer exists. Create a new incoming webhook for an existing channel.",
  user_not_found: "The user this webhook posts to no longer exists. Create a new incoming webhook.",
  channel_is_archived: "The channel this webhook posts to is archived. Unarchive it or create a webhook for another channel.",
  action_prohibited: "A Slack admin has restricted posting to this channel. Ask them to allow the app, or use another channel.",
  posting_to_general_channel_denied: "Only admins may post to this workspace's general channel. Pick another channel for the webhook.",
  no_service: "The webhook was disabled, removed or never existed. Create a new incoming webhook in Slack and paste its URL.",
  no_service_id: "The webhook URL is incomplete or wrong. Copy the whole URL from Slack again.",
  no_team: "The Slack workspace of this webhook no longer exists. Create a webhook in a current workspace.",
  team_disabled: "The Slack workspace of this webhook has been disabled. Create a webhook in an active workspace.",
  invalid_token: "The webhook's token was revoked (the app may have been uninstalled). Create a new incoming webhook.",
  rollup_error: "Slack had an internal problem with this message.",
};

export type TSlackErrorHint = {
  /** Slack's own answer, verbatim (trimmed and bounded). */
  error: string;
  hint?: string;
  /** False for rate limiting (429) and Slack's own failures (5xx): those may pass on a later attempt. */
  permanent: boolean;
  /** "HTTP 404 no_service: The webhook was disabled…" for the attempt log. */
  response: string;
};

/** Reads a failed incoming-webhook reply (status + plain-text body) into a hint and a retry decision. */
export function slackErrorHint(status: number, bodyText: string): TSlackErrorHint {
  const error = bodyText.trim().slice(0, 500) || "(empty reply)";
  const hint = Object.hasOwn(HINTS, error)
    ? HINTS[error]
    : status === 429
      ? "Slack is rate limiting this webhook (about one message per second per channel)."
      : status >= 500
        ? "Slack had a problem of its own; the message will be retried."
        : undefined;
  const permanent = !(status === 429 || status === 408 || status >= 500);
  return { error, hint, permanent, response: `HTTP ${status} ${error}${hint ? `: ${hint}` : ""}` };
}

/** For a UI hint only: Slack may issue other URL shapes, so this never blocks saving a channel. */
export function isSlackWebhookUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === "https:" && parsed.hostname === "hooks.slack.com" && parsed.pathname.startsWith("/services/");
}
