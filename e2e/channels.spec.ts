import { expect, test, type Page } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { startReceiver, type TReceiver, type TReceiverHandler } from "../src/server/channels/http/test-support/test-servers";
import { signIn } from "./support/fixtures";

// The app runs with NOTIFY_ALLOW_PRIVATE_DESTINATIONS=true (support/global-setup.ts), so these
// loopback receivers, started by the tests themselves, stand in for Slack, Teams, Twilio and a webhook.

const receivers: TReceiver[] = [];
async function receiver(handler: TReceiverHandler): Promise<TReceiver> {
  const started = await startReceiver(handler);
  receivers.push(started);
  return started;
}

test.afterAll(async () => {
  await Promise.all(receivers.splice(0).map((started) => started.close()));
});

async function openTab(page: Page, tab: RegExp) {
  await signIn(page);
  await page.goto("/channels");
  await expect(page.getByRole("heading", { name: "Channels", level: 1 })).toBeVisible();
  await page.getByRole("tab", { name: tab }).click();
}

/** Saves the filled-in form, then tests the new channel from its row and returns the result's region. */
async function saveAndTest(page: Page, name: string) {
  await page.getByRole("button", { name: "Save channel" }).click();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "Send test" }).click();
  const result = page.getByRole("region", { name: `Test result for ${name}` });
  await expect(result).toBeVisible();
  await expect(result).toContainText(/\d+ ms/);
  return { row, result };
}

test("[Channels] admin saves a Slack channel and sends a test", async ({ page }) => {
  const slack = await receiver((request, response) => {
    const body = JSON.parse(request.body) as { blocks?: unknown[] };
    response.writeHead(Array.isArray(body.blocks) ? 200 : 400).end(Array.isArray(body.blocks) ? "ok" : "invalid_blocks");
  });
  const name = `e2e-slack-${Date.now()}`;
  await openTab(page, /Slack/);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Webhook URL", { exact: true }).fill(`${slack.origin}/services/T0/B0/e2eSlackToken1234`);
  const { row, result } = await saveAndTest(page, name);
  await expect(row).toContainText("••••••••1234");
  await expect(row).not.toContainText("e2eSlackToken");
  await expect(result).toContainText("Test delivered: HTTP 200");
  expect(JSON.parse(slack.requests.at(-1)?.body ?? "{}").text).toContain("Test notification from OpsConductor Notify");
});

test("[Channels] admin saves a Teams workflow and sends a test", async ({ page }) => {
  const teams = await receiver((_request, response) => response.writeHead(202).end());
  const name = `e2e-teams-${Date.now()}`;
  await openTab(page, /Teams/);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Webhook URL", { exact: true }).fill(`${teams.origin}/workflows/abc/triggers/manual/paths/invoke?sig=e2eTeamsSig`);
  const { result } = await saveAndTest(page, name);
  await expect(result).toContainText("HTTP 202");
  await expect(result).toContainText("a 202 does not prove the card appeared");
  expect(JSON.parse(teams.requests.at(-1)?.body ?? "{}")).toMatchObject({ type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive" }] });
});

test("[Channels] admin saves a signed webhook, copies its secret once and sends a verified test", async ({ page }) => {
  let secret = "";
  const hook = await receiver((request, response) => {
    const headers = Object.fromEntries(Object.entries(request.headers).map(([key, value]) => [key, String(value)]));
    try {
      new Webhook(secret).verify(request.body, headers);
      response.writeHead(204).end();
    } catch {
      response.writeHead(401).end("bad signature");
    }
  });
  const name = `e2e-hook-${Date.now()}`;
  await openTab(page, /Webhooks/);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("URL", { exact: true }).fill(`${hook.origin}/hooks/e2e`);
  await page.getByRole("button", { name: "Save channel" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("won't be shown again");
  secret = await dialog.getByLabel("Signing secret").inputValue();
  expect(secret).toMatch(/^whsec_/);
  await dialog.getByRole("button", { name: "I have copied it" }).click();

  const row = page.getByRole("row").filter({ hasText: name });
  await row.getByRole("button", { name: "Send test" }).click();
  const result = page.getByRole("region", { name: `Test result for ${name}` });
  await expect(result).toContainText("Test delivered: HTTP 204");
  await expect(result).toContainText(/\d+ ms/);
});

test("[Channels] admin saves a Twilio SMS channel and sends a test", async ({ page }) => {
  const accountSid = `AC${"e".repeat(32)}`;
  const twilio = await receiver((request, response) => {
    const form = new URLSearchParams(request.body);
    const authorised = request.headers.authorization === `Basic ${Buffer.from(`${accountSid}:e2e-auth-token`).toString("base64")}`;
    const valid = authorised && request.path === `/2010-04-01/Accounts/${accountSid}/Messages.json` && form.get("To") === "+447700900123" && form.get("From") === "+15005550006";
    response.writeHead(valid ? 201 : 400, { "content-type": "application/json" }).end(JSON.stringify(valid ? { sid: "SMe2e", status: "queued" } : { code: 21211, message: "rejected" }));
  });
  const name = `e2e-sms-${Date.now()}`;
  await openTab(page, /SMS/);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Phone number", { exact: true }).fill("+44 7700 900123");
  await page.getByLabel("Account SID", { exact: true }).fill(accountSid);
  await page.getByLabel("Auth token", { exact: true }).fill("e2e-auth-token");
  await page.getByLabel("From number", { exact: true }).fill("+15005550006");
  await page.getByLabel("API base URL", { exact: true }).fill(twilio.origin);
  const { result } = await saveAndTest(page, name);
  await expect(result).toContainText("Test delivered: HTTP 201");
  await expect(result).toContainText("SMe2e");
});

test("[My channels] a user saves a personal Slack URL, sends a test and tests all channels", async ({ page }) => {
  const slack = await receiver((_request, response) => response.writeHead(200).end("ok"));
  await signIn(page);
  await page.goto("/my-channels");
  await expect(page.getByRole("heading", { name: "My channels", level: 1 })).toBeVisible();
  const card = page.getByRole("group", { name: "Slack" });
  await card.getByLabel("Webhook URL", { exact: true }).fill(`${slack.origin}/services/T0/B0/mineToken5678`);
  await card.getByLabel("Enabled", { exact: true }).check();
  await page.getByRole("button", { name: "Save my channels" }).click();
  await expect(card.getByText("Saved: ")).toContainText("••••••••5678");
  await expect(card.getByLabel("Webhook URL", { exact: true })).toHaveValue("");

  await card.getByRole("button", { name: "Send test" }).click();
  await expect(card.getByText(/Test delivered: HTTP 200 in \d+ ms/)).toBeVisible();
  expect(slack.requests).toHaveLength(1);

  await page.goto("/channels/test");
  await page.getByRole("button", { name: "Test all channels" }).click();
  const mine = page.getByRole("row").filter({ hasText: "yours" });
  await expect(mine).toContainText("Delivered");
  await expect(mine).toContainText("200");
  expect(slack.requests).toHaveLength(2);
});
