import { expect, test } from "@playwright/test";
import { e2eEnv, queryDb, signIn } from "./support/fixtures";

test("[preferences] a user sets quiet hours and a time zone and sees the sentence change", async ({ page }) => {
  await signIn(page);
  await page.goto("/preferences");
  await expect(page.getByRole("heading", { name: "My notification preferences" })).toBeVisible();
  const sentence = page.locator("p[aria-live=polite]").first();
  await expect(sentence).not.toContainText("22:00");

  await page.getByLabel("Start", { exact: true }).fill("22:00");
  await page.getByLabel("End", { exact: true }).fill("07:00");
  await page.getByLabel("Time zone").fill("Europe/Berlin");
  await page.getByLabel("Time zone").blur();
  await expect(sentence).toContainText("held from 22:00 to 07:00 Europe/Berlin");
  await expect(sentence).toContainText("except critical alerts");

  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Your preferences are saved")).toBeVisible();
  const [saved] = await queryDb<{ quiet_hours_start: string; quiet_hours_end: string; timezone: string }>(
    "select quiet_hours_start, quiet_hours_end, timezone from user_notification_preferences p join users u on u.id = p.user_id where u.email = $1",
    [e2eEnv("E2E_ADMIN_EMAIL")],
  );
  expect(saved).toEqual({ quiet_hours_start: "22:00", quiet_hours_end: "07:00", timezone: "Europe/Berlin" });

  await page.reload();
  await expect(page.locator("p[aria-live=polite]").first()).toContainText("held from 22:00 to 07:00 Europe/Berlin");
  // Leave the admin without quiet hours for the other tests.
  await page.getByRole("button", { name: "No quiet hours" }).click();
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Your preferences are saved").first()).toBeVisible();
});

test("[events] the event page shows who was told, and why", async ({ page, request }) => {
  const response = await request.post("/api/v1/events", {
    headers: { authorization: `Bearer ${e2eEnv("E2E_API_KEY")}` },
    data: {
      type: "job.failed",
      source: "executor",
      job: { name: "e2e-backup", run_id: "e2e-1", host: "db-09", status: "failed", error: "disk full" },
      labels: { env: "e2e" },
      recipients: [{ email: "oncall@e2e.test" }, { user: "nobody@e2e.test" }],
    },
  });
  expect(response.status()).toBe(202);
  const { id } = await response.json();

  await signIn(page);
  await page.goto("/events");
  await page.getByRole("link", { name: "Job e2e-backup failed on db-09" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${id}`));
  const trail = page.getByRole("table", { name: "Routing decisions" });
  await expect(trail).toContainText("oncall@e2e.test");
  await expect(trail).toContainText("Notified");
  await expect(trail).toContainText("Named in the event's recipients");
  await expect(trail).toContainText("user nobody@e2e.test");
  await expect(trail).toContainText("no such user");
  await expect(trail).toContainText("Suppressed");

  // The notification it made was delivered to the mail catcher, and says where it came from.
  await trail.getByRole("link", { name: /^#\d+$/ }).click();
  await expect(page.getByText("Why this notification")).toBeVisible();
  await expect(page.getByRole("link", { name: `From event ${id}` })).toBeVisible();
});

test("[rules] an admin builds a rule and tests it against a sample event", async ({ page }) => {
  await signIn(page);
  await page.goto("/rules");
  await page.getByRole("link", { name: "New rule" }).first().click();
  await expect(page).toHaveURL(/\/rules\/new/);

  await page.getByLabel("Name").fill("E2E job failures to admins");
  await page.getByRole("button", { name: "Add condition" }).click();
  const condition = page.getByRole("group", { name: "Condition 1" });
  await condition.getByLabel("Field").selectOption({ label: "Event type" });
  await condition.getByLabel("Operator").selectOption({ label: "matches glob" });
  await condition.getByLabel("Value").fill("job.*");
  await page.getByRole("button", { name: "Add condition" }).click();
  const severity = page.getByRole("group", { name: "Condition 2" });
  await severity.getByLabel("Field").selectOption({ label: "Severity" });
  await severity.getByLabel("Operator").selectOption({ label: "≥" });
  await severity.getByLabel("Value").selectOption({ label: "Warning" });

  await page.getByRole("button", { name: "Add recipient" }).click();
  const recipient = page.getByRole("group", { name: "Recipient 1" });
  await recipient.getByLabel("Recipient type").selectOption({ label: "Everyone with a role" });
  await recipient.getByLabel("Role").selectOption({ value: "ADMIN" });

  const panel = page.getByRole("region", { name: "Test against a sample event" });
  await panel.getByLabel("Event", { exact: true }).selectOption({ label: "Backup job failed in production" });
  await panel.getByRole("button", { name: "Run test" }).click();
  await expect(panel.getByText(/matches this event/)).toBeVisible();
  const decisions = panel.getByRole("table", { name: "Decisions this test would make" });
  await expect(decisions).toContainText(e2eEnv("E2E_ADMIN_EMAIL"));
  await expect(decisions).toContainText("Notified");
  await expect(decisions).toContainText('Rule "E2E job failures to admins" matched');

  await panel.getByLabel("Event", { exact: true }).selectOption({ label: "Deploy completed" });
  await panel.getByRole("button", { name: "Run test" }).click();
  await expect(panel.getByText(/does not match this event/)).toBeVisible();

  await page.getByRole("button", { name: "Save rule" }).click();
  await expect(page).toHaveURL(/\/rules$/);
  await expect(page.getByRole("region", { name: "Rules, in the order they run" })).toContainText("E2E job failures to admins");
  const [stored] = await queryDb<{ match: unknown; actions: unknown }>("select match, actions from routing_rules where name = $1", ["E2E job failures to admins"]);
  expect(stored).toEqual({
    match: { all: [{ field: "type", op: "glob", value: "job.*" }, { field: "severity", op: "gte", value: "warning" }] },
    actions: { notify: [{ role: "ADMIN" }] },
  });

  await page.getByRole("button", { name: "Delete E2E job failures to admins" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete rule" }).click();
  await expect(page.getByText("E2E job failures to admins")).toHaveCount(0);
});
