import { expect, test } from "@playwright/test";
import { e2eEnv, queryDb, signIn } from "./support/fixtures";

// An admin builds an escalation policy (tripping the form's checks first), a rule that escalates with it
// is put in place, a failing job opens an incident, and the admin acknowledges and resolves it in the app.
// Everything is named with this run's stamp, and the rule is removed at the end, so other tests never meet it.
test("[incidents] an admin creates an escalation policy, then acknowledges and resolves the incident a failing job opens", async ({ page, request }) => {
  const stamp = Date.now();
  const policyName = `E2E on-call ${stamp}`;
  const ruleName = `E2E escalate ${stamp}`;
  const jobName = `e2e-incident-${stamp}`;
  const admin = e2eEnv("E2E_ADMIN_EMAIL");
  const [adminRow] = await queryDb<{ id: number }>("select id from users where email = $1", [admin]);
  const adminId = adminRow!.id;

  await signIn(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Escalation policies" }).click();
  await expect(page.getByRole("heading", { name: "Escalation policies", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "New policy" }).click();
  await expect(page).toHaveURL(/\/escalation-policies\/new$/);

  // Saving the empty form names each field that is wrong, and focus goes to the first.
  await page.getByRole("button", { name: "Save policy" }).click();
  const problems = page.getByRole("alert").filter({ hasText: "The policy has 2 problems" });
  await expect(problems).toContainText("Name: Is required");
  await expect(problems).toContainText("Level 1 · target 1: Choose a user");
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();

  await page.getByLabel("Name", { exact: true }).fill(policyName);
  const level1 = page.getByRole("group", { name: "Level 1", exact: true });
  await level1.getByRole("group", { name: "Recipient 1" }).getByLabel("User", { exact: true }).selectOption(String(adminId));
  await page.getByRole("button", { name: "Add level" }).click();
  const level2 = page.getByRole("group", { name: "Level 2", exact: true });
  // The new level's wait takes focus; a later level that does not wait is the schema's own error.
  await expect(level2.getByLabel("Wait", { exact: true })).toBeFocused();
  await level2.getByLabel("Wait", { exact: true }).fill("0");
  const recipient = level2.getByRole("group", { name: "Recipient 1" });
  await recipient.getByLabel("Recipient type").selectOption({ label: "Everyone with a role" });
  await recipient.getByLabel("Role").selectOption("OPERATOR");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The policy has a problem" })).toContainText("Level 2 · wait: Must be positive: a later level waits for an acknowledgement");
  await expect(level2.getByLabel("Wait", { exact: true })).toBeFocused();
  await expect(level2.getByText("Must be positive: a later level waits for an acknowledgement")).toBeVisible();

  await level2.getByLabel("Wait", { exact: true }).fill("30");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText(`"${policyName}" created`)).toBeVisible();
  await expect(page).toHaveURL(/\/escalation-policies$/);
  const policyRow = page.getByRole("row").filter({ hasText: policyName });
  await expect(policyRow).toContainText("at once: user Administrator");
  await expect(policyRow).toContainText("30 min later: everyone with role OPERATOR");
  const [policy] = await queryDb<{ id: number; levels: unknown; repeat: number }>("select id, levels, repeat from escalation_policies where name = $1", [policyName]);
  expect(policy).toMatchObject({ levels: [{ delay_seconds: 0, targets: [{ user: adminId }] }, { delay_seconds: 1800, targets: [{ role: "OPERATOR" }] }], repeat: 0 });

  // The rule editor has no escalation field yet: the rule goes in as the REST API would store it, first in order.
  await queryDb(
    `insert into routing_rules (name, position, match, actions, updated_at)
     values ($1, (select coalesce(min(position), 0) - 1 from routing_rules), $2, $3, now())`,
    [ruleName, { all: [{ field: "labels.e2e_incident", op: "equals", value: String(stamp) }] }, { escalation_policy: policy!.id }],
  );
  try {
    await expect(policyRow).toContainText("No rule yet");
    await page.reload();
    await expect(page.getByRole("row").filter({ hasText: policyName })).toContainText(ruleName);

    const response = await request.post("/api/v1/events", {
      headers: { authorization: `Bearer ${e2eEnv("E2E_API_KEY")}` },
      data: { type: "job.failed", source: "executor", job: { name: jobName, run_id: `${stamp}-1`, host: "db-e2e", status: "failed" }, labels: { e2e_incident: String(stamp) } },
    });
    expect(response.status()).toBe(202);
    const { id: eventId } = await response.json();

    // The list follows new incidents by itself.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Incidents" }).click();
    await expect(page.getByRole("heading", { name: "Incidents", exact: true })).toBeVisible();
    const incidentRow = page.getByRole("row").filter({ hasText: jobName });
    await expect(incidentRow).toContainText("Triggered", { timeout: 30_000 });
    await expect(incidentRow).toContainText("Level 1");
    await expect(incidentRow).toContainText("Not yet");
    await incidentRow.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/incidents\/\d+$/);
    const incidentId = Number(new URL(page.url()).pathname.split("/").at(-1));

    const timeline = page.getByRole("list", { name: "Timeline, oldest first" });
    await expect(timeline).toContainText(`Rule "${ruleName}" escalated the event with policy "${policyName}"`);
    await expect(timeline.getByRole("list", { name: "Notified on level 1" })).toContainText(admin);
    await expect(page.getByRole("link", { name: "The event that opened it" })).toHaveAttribute("href", `/events/${eventId}`);

    await page.getByRole("button", { name: "Acknowledge", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("no further level is notified");
    await dialog.getByRole("button", { name: "Acknowledge incident" }).click();
    await expect(page.getByText(`Incident #${incidentId} acknowledged`)).toBeVisible();
    await expect(timeline).toContainText(`Acknowledged by ${admin} via the web app`);
    await expect(page.getByRole("button", { name: "Acknowledge", exact: true })).toHaveCount(0);
    const [acknowledged] = await queryDb<{ status: string; acknowledged_by: string; acknowledged_via: string; next_escalation_at: Date | null }>(
      "select status, acknowledged_by, acknowledged_via, next_escalation_at from incidents where id = $1",
      [incidentId],
    );
    expect(acknowledged).toEqual({ status: "ACKNOWLEDGED", acknowledged_by: admin, acknowledged_via: "the web app", next_escalation_at: null });

    await page.getByRole("button", { name: "Resolve", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Resolve incident" }).click();
    await expect(page.getByText(`Incident #${incidentId} resolved`)).toBeVisible();
    await expect(timeline).toContainText(`Resolved by ${admin} via the web app`);
    await expect(page.getByRole("button", { name: "Resolve", exact: true })).toHaveCount(0);
    const [resolved] = await queryDb<{ status: string; resolved_by: string }>("select status, resolved_by from incidents where id = $1", [incidentId]);
    expect(resolved).toEqual({ status: "RESOLVED", resolved_by: admin });

    await page.getByRole("link", { name: "← Incidents" }).click();
    await page.getByRole("button", { name: "Resolved", exact: true }).click();
    await expect(page).toHaveURL(/status=resolved/);
    await expect(page.getByRole("row").filter({ hasText: jobName })).toContainText(`${admin} via the web app`);

    // Deleting the policy says which rule loses its escalation.
    await page.goto("/escalation-policies");
    await page.getByRole("button", { name: `Delete ${policyName}` }).click();
    const confirm = page.getByRole("dialog");
    await expect(confirm).toContainText(`The rule "${ruleName}" names it`);
    await confirm.getByRole("button", { name: "Delete policy" }).click();
    await expect(page.getByText(`"${policyName}" deleted`)).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: policyName })).toHaveCount(0);
    expect(await queryDb("select id from escalation_policies where name = $1", [policyName])).toEqual([]);
  } finally {
    await queryDb("delete from routing_rules where name = $1", [ruleName]);
  }
});
