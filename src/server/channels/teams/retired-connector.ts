export const RETIRED_TEAMS_CONNECTOR_HINT =
  "This is an Office 365 connector (Incoming Webhook) URL. Microsoft has retired these connectors. " +
  'In Teams, open the channel\'s Workflows, create a flow from the template "Send webhook alerts to a channel" ' +
  '(trigger "When a Teams webhook request is received") and paste the URL that trigger shows.';

/**
 * Recognises the old connector hosts only. Workflows URLs are deliberately not checked by host:
 * they are opaque secrets whose hosts Microsoft changes (logic.azure.com, powerplatform.com, ...).
 */
export function isRetiredTeamsConnectorUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase().replace(/\.$/, "");
  if (host.endsWith(".webhook.office.com")) return true;
  const legacyOutlookHost = host === "outlook.office.com" || host === "outlook.office365.com";
  return legacyOutlookHost && /^\/webhook(b2)?\//i.test(parsed.pathname);
}
