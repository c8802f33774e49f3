import { expect, test } from "@playwright/test";
import { hashPassword } from "../src/server/auth/password";
import { e2eEnv, queryDb, signIn } from "./support/fixtures";

const SMTP_DOWN = "Connection failed: connect ECONNREFUSED 10.0.0.5:587 — the relay did not answer any of the 5 attempts over two hours";

/** Notifications that already gave up, written straight to the database: no job, so no worker touches them until requeued. */
async function seedDeadLetters(subjects: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const subject of subjects) {
    const [row] = await queryDb<{ id: number }>(
      `insert into notifications (recipient_email, subject, body, notification_type, status, retry_count, error_message, last_error_type, updated_at)
       values ('oncall@example.com', $1, 'Seeded dead letter.', 'system_event', 'DEAD', 5, $2, 'connection', now()) returning id`,
      [subject, SMTP_DOWN],
    );
    if (!row) throw new Error("insert returned no row");
    await queryDb("insert into dlq (original_notification_id, error_type, error_message, retry_count, last_retry_at) values ($1, 'connection', $2, 5, now())", [row.id, SMTP_DOWN]);
    ids.push(row.id);
  }
  return ids;
}

async function statusOf(id: number): Promise<string | undefined> {
  return (await queryDb<{ status: string }>("select status from notifications where id = $1", [id]))[0]?.status;
}

test("[queue] admin pauses and resumes sending", async ({ page, request }) => {
  await signIn(page);
  await page.goto("/queue");
  const status = page.getByRole("region", { name: "Sending status" });
  await expect(status.getByText("Running", { exact: true })).toBeVisible();

  try {
    await page.getByRole("button", { name: "Pause sending" }).click();
    const dialog = page.getByRole("dialog", { name: "Pause sending?" });
    await expect(dialog).toContainText("none is lost");
    await dialog.getByRole("button", { name: "Pause sending" }).click();
    await expect(status.getByText("Paused", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Resume sending" })).toBeVisible();

    // A notification accepted while paused waits in the queue (workers re-read the pause flag at most a second late)...
    await page.waitForTimeout(1_500);
    const response = await request.post("/api/v1/notifications", {
      headers: { authorization: `Bearer ${e2eEnv("E2E_API_KEY")}` },
      data: { recipient_email: "oncall@example.com", subject: `Sent after resume ${Date.now()}`, body: "Queued while paused.", notification_type: "system_event" },
    });
    expect(response.status()).toBe(202);
    const { id } = (await response.json()) as { id: number };
    await page.waitForTimeout(3_000);
    const [waiting] = await queryDb<{ status: string }>("select status from notifications where id = $1", [id]);
    expect(waiting?.status).toBe("PENDING");

    // ...and goes out once sending resumes.
    await page.getByRole("button", { name: "Resume sending" }).click();
    await expect(status.getByText("Running", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Pause sending" })).toBeVisible();
    await expect
      .poll(async () => (await queryDb<{ status: string }>("select status from notifications where id = $1", [id]))[0]?.status, { timeout: 30_000 })
      .toBe("SENT");
  } finally {
    // Other specs need delivery, whatever happened above.
    await queryDb("update worker_control set paused = false");
  }
});

test("[api-keys] admin creates a key, sees the secret once, and revokes it", async ({ page, request }) => {
  await signIn(page);
  await page.goto("/api-keys");
  const name = `e2e-key-${Date.now()}`;

  await page.getByLabel("Name").fill(name);
  await page.getByLabel("notifications:read", { exact: true }).check();
  await page.getByRole("button", { name: "Create API key" }).click();

  const dialog = page.getByRole("dialog", { name: `API key "${name}" created` });
  await expect(dialog).toContainText("won't be shown again");
  const secret = await dialog.getByLabel("Secret").inputValue();
  expect(secret).toMatch(/^onk_/);
  await expect(dialog.getByRole("button", { name: "Copy secret" })).toBeVisible();
  await dialog.getByRole("button", { name: "I have copied it" }).click();
  await expect(dialog).toBeHidden();

  const before = await request.get("/api/v1/notifications", { headers: { authorization: `Bearer ${secret}` } });
  expect(before.status()).toBe(200);

  // Once: after the dialog closes the secret is nowhere on the page, not even after a reload.
  await page.reload();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  expect(await page.content()).not.toContain(secret);

  // The server's field errors land on the field.
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create API key" }).click();
  await expect(page.getByText("Name is already taken")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole("dialog", { name: `Revoke "${name}"?` });
  await confirm.getByRole("button", { name: "Revoke key" }).click();
  await expect(row.getByText("Revoked", { exact: true })).toBeVisible();

  const after = await request.get("/api/v1/notifications", { headers: { authorization: `Bearer ${secret}` } });
  expect(after.status()).toBe(403);
});

test("[templates] every template previews", async ({ page }) => {
  await signIn(page);
  await page.goto("/templates");
  const links = page.getByRole("navigation", { name: "Templates" }).getByRole("link");
  await expect(links.first()).toBeVisible();
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(7);

  for (let index = 0; index < count; index++) {
    const link = links.nth(index);
    const name = (await link.locator("span").first().textContent()) ?? "";
    await link.click();
    await expect(link).toHaveAttribute("aria-current", "page");
    const preview = page.getByRole("region", { name: `Preview of ${name}` });
    await expect(preview.getByRole("definition").first()).not.toBeEmpty();
    await expect(preview.locator("iframe")).toHaveAttribute("srcdoc", /<html[\s>]/i);

    // At phone width the email fits without sideways scrolling.
    await preview.getByRole("button", { name: "Phone 375px" }).click();
    await expect(preview.getByRole("button", { name: "Phone 375px" })).toHaveAttribute("aria-pressed", "true");
    expect((await preview.locator("iframe").boundingBox())?.width).toBe(377);
    const body = preview.frameLocator("iframe").locator("body");
    await expect(body).not.toBeEmpty();
    const overflow = await body.evaluate((element) => element.ownerDocument.documentElement.scrollWidth - element.ownerDocument.documentElement.clientWidth);
    expect(overflow, `${name} overflows a 375px screen`).toBeLessThanOrEqual(0);

    await preview.getByRole("tab", { name: "Plain text" }).click();
    await expect(preview.getByRole("tabpanel")).not.toBeEmpty();
    expect((await preview.locator("pre").textContent())?.trim().length).toBeGreaterThan(20);
  }
});

test("[queue] admin requeues and discards dead letters, then retries one from its page", async ({ page }) => {
  const stamp = Date.now();
  const subjects = [`Dead letter A ${stamp}`, `Dead letter B ${stamp}`, `Dead letter C ${stamp}`];
  const [requeued, discarded, alsoDiscarded] = await seedDeadLetters(subjects);
  await signIn(page);
  await page.goto("/queue");
  const rowFor = (subject: string) => page.getByRole("row").filter({ hasText: subject });
  for (const subject of subjects) await expect(rowFor(subject)).toBeVisible();
  await expect(rowFor(subjects[0]!).getByRole("link", { name: subjects[0] })).toHaveAttribute("href", `/notifications/${requeued}`);
  await expect(rowFor(subjects[0]!).getByText("connection", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Requeue selected" })).toBeDisabled();

  const selectAll = page.getByRole("checkbox", { name: "Select all on this page" });
  await selectAll.check();
  for (const subject of subjects) await expect(rowFor(subject).getByRole("checkbox")).toBeChecked();
  await selectAll.uncheck();
  for (const subject of subjects) await expect(rowFor(subject).getByRole("checkbox")).not.toBeChecked();

  await rowFor(subjects[0]!).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Requeue selected" }).click();
  await expect(page.getByText("1 notification requeued")).toBeVisible();
  await expect(rowFor(subjects[0]!)).toHaveCount(0);
  await expect.poll(() => statusOf(requeued!), { timeout: 30_000 }).toBe("SENT");

  await rowFor(subjects[1]!).getByRole("checkbox").check();
  await rowFor(subjects[2]!).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Discard selected" }).click();
  const confirm = page.getByRole("dialog", { name: "Discard 2 notifications?" });
  await confirm.getByRole("button", { name: "Discard" }).click();
  await expect(page.getByText("2 notifications discarded")).toBeVisible();
  await expect(rowFor(subjects[1]!)).toHaveCount(0);
  await expect(rowFor(subjects[2]!)).toHaveCount(0);
  expect(await statusOf(alsoDiscarded!)).toBe("FAILED");

  // A discarded notification ends FAILED, and an admin (or operator) can still retry it by hand.
  await page.goto(`/notifications/${discarded}`);
  await expect(page.getByText(/Discarded from the dead-letter queue/)).toBeVisible();
  await page.getByRole("button", { name: "Retry delivery" }).click();
  await expect(page.getByText("Delivery retry queued")).toBeVisible();
  await expect.poll(() => statusOf(discarded!), { timeout: 30_000 }).toBe("SENT");
  await expect(page.getByRole("button", { name: "Retry delivery" })).toHaveCount(0);
});

test("[queue] a viewer sees the queue without admin controls", async ({ page }) => {
  const email = `viewer-${Date.now()}@e2e.test`;
  const password = "viewer-password-123";
  await queryDb("insert into users (email, name, password_hash, role, updated_at) values ($1, 'Vera Viewer', $2, 'VIEWER', now())", [email, await hashPassword(password)]);
  const [failed] = await seedDeadLetters([`Viewer cannot retry ${Date.now()}`]);
  await queryDb("update notifications set status = 'FAILED' where id = $1", [failed]);
  await queryDb("delete from dlq where original_notification_id = $1", [failed]);

  await signIn(page, email, password);
  await page.goto("/queue");
  await expect(page.getByRole("region", { name: "Sending status" }).getByText("Running", { exact: true })).toBeVisible();
  await expect(page.getByText("Only admins can see the dead-letter queue")).toBeVisible();
  await expect(page.getByRole("button", { name: /sending/ })).toHaveCount(0);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Templates" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "API keys" })).toHaveCount(0);

  await page.goto(`/notifications/${failed}`);
  await expect(page.getByRole("alert").filter({ hasText: "ECONNREFUSED" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Retry delivery" })).toHaveCount(0);
});
