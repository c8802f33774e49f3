import { expect, test, type Locator, type Page } from "@playwright/test";
import { e2eEnv, queryDb, signIn } from "./support/fixtures";

/**
 * Types at the cursor of the focused CodeMirror editor as a person would. Escape before each Enter
 * closes a completion list that may be open, so Enter starts a new line rather than accepting a
 * suggestion. The editor closes brackets itself and skips over the closing ones it added, so
 * typing `{{ x }}` in full gives `{{ x }}`.
 */
async function typeLines(page: Page, lines: readonly string[]) {
  for (const [index, line] of lines.entries()) {
    if (index > 0) {
      await page.keyboard.press("Escape");
      await page.keyboard.press("Enter");
    }
    await page.keyboard.type(line);
  }
  await page.keyboard.press("Escape");
}

/** Puts the cursor at the end of an editor's text. */
async function focusEnd(page: Page, editor: Locator) {
  await editor.click();
  await page.keyboard.press("Control+End");
}

test("[templates] an admin edits a template, sees the preview update and an error at its line, saves and sends a test", async ({ page }) => {
  const stamp = Date.now();
  const key = `e2e-job-${stamp}`;
  const name = `E2E job report ${stamp}`;

  await signIn(page);
  await page.goto("/templates");
  await expect(page.getByRole("heading", { name: "Built-in templates" })).toBeVisible();
  await page.getByRole("link", { name: "New template" }).click();
  await expect(page).toHaveURL(/\/templates\/new$/);
  // The Save button appears once the page knows the user is an admin; until then the editors are read-only.
  await expect(page.getByRole("button", { name: "Save template" })).toBeVisible();

  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Key", { exact: true }).fill(key);
  await page.getByLabel("Event types", { exact: true }).fill(`e2e.${stamp}`);

  const subject = page.getByRole("textbox", { name: "Subject", exact: true });
  const html = page.getByRole("textbox", { name: "HTML body", exact: true });
  await focusEnd(page, subject);
  await typeLines(page, [`E2E ${stamp} {{ job.name }}`]);
  await focusEnd(page, html);
  await typeLines(page, ["Job {{ job.name }} run {{ job.run_id }} on {{ job.host }}."]);

  // The live preview renders the sample event ("Job failed with log excerpt" by default) in the sandboxed frame.
  const preview = page.getByRole("region", { name: "Preview", exact: true });
  const frame = page.frameLocator('iframe[title="Email preview"]');
  await expect(frame.locator("body")).toContainText("Job nightly-backup run 8812 on db-01.");
  await expect(preview.locator('iframe[title="Email preview"]')).toHaveAttribute("sandbox", "");

  // Another sample: the preview follows.
  await preview.getByLabel("Sample event").selectOption({ label: "Job succeeded" });
  await expect(frame.locator("body")).toContainText("Job nightly-backup run 8811 on db-01.");

  // An unknown variable on line 2: marked in the editor, and named with its line under it.
  await focusEnd(page, html);
  await page.keyboard.press("Enter");
  await typeLines(page, ["Colour: {{ job.colour }}"]);
  await expect(page.locator(".cm-lintRange-error").first()).toBeVisible();
  await expect(html).toHaveAttribute("aria-invalid", "true");
  await expect(html).toHaveAccessibleDescription(/line 2, column \d+: unknown variable job\.colour/);
  await expect(preview.getByRole("alert")).toContainText("job.colour");

  // Fixed: the marks go and the preview shows the line.
  await focusEnd(page, html);
  await page.keyboard.press("Shift+Home");
  await typeLines(page, ["Status: {{ job.status }}"]);
  await expect(page.locator(".cm-lintRange-error")).toHaveCount(0);
  await expect(html).not.toHaveAttribute("aria-invalid", "true");
  await expect(frame.locator("body")).toContainText("Status: succeeded");

  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByText(`"${name}" created`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/templates/${key}$`));
  const [saved] = await queryDb<{ current_version: number }>("select current_version from message_templates where key = $1", [key]);
  expect(saved?.current_version).toBe(1);

  // The history has the first version, and what it added.
  await page.getByRole("button", { name: "Show changes" }).first().click();
  await expect(page.getByRole("region", { name: "Changes to Email · HTML body" })).toContainText("Status: {{ job.status }}");

  // "Send test to me" sends the previewed email to the signed-in admin, through the mail catcher.
  await expect(frame.locator("body")).toContainText("Status: failed");
  await page.getByRole("button", { name: "Send test to me" }).click();
  await expect(page.getByText("Test sent", { exact: true })).toBeVisible();
  await expect(page.getByText(`Sent to ${e2eEnv("E2E_ADMIN_EMAIL")}.`)).toBeVisible();
  await expect
    .poll(async () => (await queryDb<{ subject: string }>("select subject from caught_emails where subject like $1", [`[Test]%${stamp}%`])).length, { timeout: 30_000 })
    .toBe(1);
  const [caught] = await queryDb<{ subject: string; html: string; text: string; rcpt_to: string[] }>(
    "select subject, html, text, rcpt_to from caught_emails where subject like $1",
    [`[Test]%${stamp}%`],
  );
  expect(caught?.subject).toBe(`[Test] E2E ${stamp} nightly-backup`);
  expect(caught?.rcpt_to).toContain(e2eEnv("E2E_ADMIN_EMAIL"));
  expect(caught?.html).toContain("nightly-backup");
  expect(caught?.text).toContain("Job nightly-backup run 8812 on db-01.");
});
