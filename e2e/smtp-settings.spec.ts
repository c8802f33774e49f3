import net from "node:net";
import { expect, test } from "@playwright/test";
import { queryDb, signIn } from "./support/fixtures";

// The app's built-in mail catcher listens here during the e2e run (see support/global-setup.ts).
const catcherPort = Number(process.env.E2E_PORT ?? 3119) + 1000;

async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

// Other specs expect email to reach the catcher through the default path: leave no active settings behind.
test.afterAll(async () => {
  await queryDb("update smtp_settings set is_active = false");
});

test("[SMTP] admin saves settings, sends a test email and sees a failing server's diagnosis", async ({ page }) => {
  await signIn(page);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Notification settings" })).toBeVisible();
  await expect(page.getByText("No SMTP server in use")).toBeVisible();

  await page.getByLabel("SMTP server", { exact: true }).fill("127.0.0.1");
  await page.getByLabel("Security", { exact: true }).selectOption("none");
  await page.getByLabel("Port", { exact: true }).fill(String(catcherPort));
  await page.getByLabel("From email", { exact: true }).fill("alerts@e2e.test");
  await page.getByLabel("From name", { exact: true }).fill("E2E Notify");
  await page.getByLabel("Reply-to", { exact: true }).fill("ops@e2e.test");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Email goes through the settings below")).toBeVisible();
  await expect(page.getByText(`127.0.0.1:${catcherPort} (no TLS)`).first()).toBeVisible();

  const recipient = `smtp-e2e-${Date.now()}@example.com`;
  await page.getByLabel("Send test to", { exact: true }).fill(recipient);
  await page.getByRole("button", { name: "Send test email" }).click();
  await expect(page.getByText("Test email accepted")).toBeVisible();
  await expect(page.getByText(/caught as #\d+/)).toBeVisible();

  const [caught] = await queryDb<{ id: number; subject: string; mail_from: string; text: string }>(
    "select id, subject, mail_from, text from caught_emails where $1 = any(rcpt_to)",
    [recipient],
  );
  expect(caught?.subject).toContain("SMTP test email");
  expect(caught?.mail_from).toBe("alerts@e2e.test");
  expect(caught?.text).toContain(`127.0.0.1:${catcherPort}`);

  await page.goto("/mail");
  await expect(page.getByRole("row").filter({ hasText: recipient })).toBeVisible();

  await page.goto("/settings");
  await expect(page.getByLabel("From email", { exact: true })).toHaveValue("alerts@e2e.test");
  await page.getByLabel("Port", { exact: true }).fill(String(await closedPort()));
  await page.getByRole("button", { name: "Test connection" }).click();
  const failure = page.getByRole("alert").filter({ hasText: "Connection failed" });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText("refused");

  // Back to the catcher, switched off: delivery returns to the built-in default.
  await page.getByLabel("Port", { exact: true }).fill(String(catcherPort));
  await page.getByLabel("Use these settings for delivery").uncheck();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("The saved settings are switched off")).toBeVisible();
});

test("[SMTP] the settings form names a bad field", async ({ page }) => {
  await signIn(page);
  await page.goto("/settings");
  await page.getByLabel("SMTP server", { exact: true }).fill("smtp://mail.example.com");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Must be a host name like smtp.example.com, without smtp://.")).toBeVisible();
  await expect(page.getByLabel("SMTP server", { exact: true })).toHaveAttribute("aria-invalid", "true");
});
