import { expect, test } from "@playwright/test";
import { e2eEnv, queryDb, signIn } from "./support/fixtures";

test("[skeleton] executor posts a notification, the email arrives and the row turns SENT in the UI", async ({ page, request }) => {
  await signIn(page);

  const subject = `Deploy web-42 finished ${Date.now()}`;
  const response = await request.post("/api/v1/notifications", {
    headers: { authorization: `Bearer ${e2eEnv("E2E_API_KEY")}` },
    data: {
      recipient_email: "oncall@example.com",
      subject,
      body: "The deploy of web-42 to production completed.",
      notification_type: "job_completed",
      job_run_id: 42,
      metadata: { job_name: "deploy-web", host: "web-42", status: "success", duration_ms: 125000 },
    },
  });
  expect(response.status()).toBe(202);
  const { id, status } = await response.json();
  expect(status).toBe("pending");

  // The built-in mail catcher is a real SMTP server; it stores what it receives.
  await expect
    .poll(async () => (await queryDb<{ subject: string }>("select subject from caught_emails where subject like $1", [`%${subject}%`])).length, { timeout: 30_000 })
    .toBe(1);
  const [email] = await queryDb<{ html: string; text: string; rcpt_to: string[] }>("select html, text, rcpt_to from caught_emails where subject like $1", [`%${subject}%`]);
  expect(email?.rcpt_to).toEqual(["oncall@example.com"]);
  expect(email?.html).toContain("deploy-web");
  expect(email?.html).toContain("web-42");
  expect(email?.text).toContain("The deploy of web-42 to production completed.");

  await page.goto("/notifications");
  const row = page.getByRole("row").filter({ hasText: subject });
  await expect(row).toBeVisible();
  await expect(row.getByText("Sent", { exact: true })).toBeVisible();

  await row.getByRole("link", { name: subject }).click();
  await expect(page).toHaveURL(new RegExp(`/notifications/${id}$`));
  await expect(page.getByRole("heading", { name: subject })).toBeVisible();
  await expect(page.getByText(/Queued as|caught as/i).first()).toBeVisible();

  await page.goto("/mail");
  await page.getByRole("link", { name: subject }).first().click();
  await expect(page.getByRole("tab", { name: "Text" })).toBeVisible();
  await page.getByRole("tab", { name: "Text" }).click();
  await expect(page.getByText("The deploy of web-42 to production completed.").first()).toBeVisible();
});

test("[skeleton] anonymous visitors are sent to sign-in and tRPC refuses them", async ({ page, request }) => {
  await page.goto("/notifications");
  await expect(page).toHaveURL(/\/sign-in/);
  const trpc = await request.get("/api/trpc/notifications.list?input=" + encodeURIComponent(JSON.stringify({ json: {} })));
  expect(trpc.status()).toBe(401);
});

test("[skeleton] health reports database and worker liveness", async ({ request }) => {
  const health = await request.get("/api/v1/notification/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: { ok: true }, worker: { ok: true } });
});
