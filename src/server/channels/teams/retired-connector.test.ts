import { describe, expect, it } from "vitest";
import { isRetiredTeamsConnectorUrl, RETIRED_TEAMS_CONNECTOR_HINT } from "./retired-connector";

describe("isRetiredTeamsConnectorUrl", () => {
  it.each([
    ["https://contoso.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d", true],
    ["https://CONTOSO.Webhook.Office.com./webhookb2/x", true],
    ["https://outlook.office.com/webhook/a@b/IncomingWebhook/c/d", true],
    ["https://outlook.office365.com/webhook/a@b/IncomingWebhook/c/d", true],
    ["https://outlook.office.com/mail/inbox", false],
    ["https://webhook.office.com.evil.example/webhookb2/x", false],
    ["https://evil.example/contoso.webhook.office.com/webhookb2", false],
    ["https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=x", false],
    ["https://default0000.00.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/abc", false],
    ["not a url", false],
  ])("%s -> %s", (url, expected) => expect(isRetiredTeamsConnectorUrl(url)).toBe(expected));

  it("points to the Workflows trigger in its hint", () => {
    expect(RETIRED_TEAMS_CONNECTOR_HINT).toContain("When a Teams webhook request is received");
  });
});
