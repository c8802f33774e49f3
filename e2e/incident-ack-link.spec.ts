import { expect, test } from "@playwright/test";
import { e2eEnv, queryDb } from "./support/fixtures";

// The on-call engineer at 3 a.m.: a failing job escalates, the page arrives by email (caught by the
// built-in mail catcher), and the Acknowledge link in it works without signing in, once.
// The rule and policy carry this run's stamp and are removed at the end.
test("[incidents] the on-call engineer acknowledges from the link in the caught email, without signing in, and the link works once", async ({ browser, request }) => {
  const stamp = Date.now();
  const jobName = `e2e-ack-link-${stamp}`;
  const ruleName = `E2E ack link ${stamp}`;
  const admin = e2eEnv("E2E_ADMIN_EMAIL");
  const [adminRow] = await queryDb<{ id: number }>("select id from users where email = $1", [admin]);
  const [policy] = await queryDb<{ id: number }>(
    "insert into escalation_policies (name, levels, repeat, updated_at) values ($1, $2, 0, now()) returning id",
    [`E2E ack link policy ${stamp}`, JSON.stringify([{ delay_seconds: 0, targets: [{ user: adminRow!.id }] }, { delay_seconds: 1800, targets: [{ role: "OPERATOR" }] }])],
  );
  await queryDb(
    `insert into routing_rules (name, position, match, actions, updated_at)
     values ($1, (select coalesce(min(position), 0) - 1 from routing_rules), $2, $3, now())`,
    [ruleName, { all: [{ field: "labels.e2e_ack_link", op: "equals", value: String(stamp) }] }, { escalation_policy: policy!.id }],
  );
  try {
    const response = await request.post("/api/v1/events", {
      headers: { authorization: `Bearer ${e2eEnv("E2E_API_KEY")}` },
      data: { type: "job.failed", source: "executor", job: { name: jobName, run_id: `${stamp}-1`, host: "db-e2e", status: "failed" }, labels: { e2e_ack_link: String(stamp) } },
    });
    expect(response.status()).toBe(202);

    await expect
      .poll(async () => (await queryDb("select id from caught_emails where subject like $1 and $2 = any(rcpt_to)", [`%${jobName}%`, admin])).length, { timeout: 30_000 })
      .toBe(1);
    const [email] = await queryDb<{ html: string; text: string }>("select html, text from caught_emails where subject like $1", [`%${jobName}%`]);
    // The link the reader clicks: the HTML's Acknowledge button, the same link as in the plain text.
    const link = /href="([^"]*\/ack\/[^"]+)"/.exec(email!.html)?.[1]?.replaceAll("&amp;", "&");
    expect(link).toBeTruthy();
    expect(email!.text).toContain(link!);

    // A phone's browser: no session, no cookies.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(link!);
    await expect(page.getByRole("heading", { name: "Acknowledge incident" })).toBeVisible();
    await expect(page.getByText(`Job ${jobName} failed on db-e2e`)).toBeVisible();
    await expect(page.getByText("triggered", { exact: true })).toBeVisible();
    // Opening the link did not acknowledge anything (mail scanners follow links): only the button does.
    const [before] = await queryDb<{ status: string }>("select i.status from incidents i join events e on e.id = i.event_id where e.job->>'name' = $1", [jobName]);
    expect(before?.status).toBe("TRIGGERED");

    await page.getByRole("button", { name: `Acknowledge as ${admin}` }).click();
    await expect(page.getByText("Acknowledged. The escalation stopped; the next level will not be notified.")).toBeVisible();
    await expect(page.getByText("acknowledged", { exact: true })).toBeVisible();
    const [after] = await queryDb<{ status: string; acknowledged_by: string; acknowledged_via: string; next_escalation_at: Date | null; id: number }>(
      "select i.id, i.status, i.acknowledged_by, i.acknowledged_via, i.next_escalation_at from incidents i join events e on e.id = i.event_id where e.job->>'name' = $1",
      [jobName],
    );
    expect(after).toMatchObject({ status: "ACKNOWLEDGED", acknowledged_by: admin, acknowledged_via: "email link", next_escalation_at: null });
    const timeline = await queryDb<{ detail: string }>("select detail from incident_timeline where incident_id = $1 and kind = 'acknowledged'", [after!.id]);
    expect(timeline.map((entry) => entry.detail).join(" ")).toContain(`Acknowledged by ${admin} via email link`);

    // Single use: the same link again acknowledges nothing and says so.
    await page.goto(link!);
    await expect(page.getByText("Nothing to do: the incident is acknowledged.")).toBeVisible();
    await expect(page.getByRole("button", { name: /Acknowledge as/ })).toHaveCount(0);
    await context.close();
  } finally {
    await queryDb("delete from routing_rules where name = $1", [ruleName]);
  }
});
