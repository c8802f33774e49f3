import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// The example payload of Grafana's documentation (tests/fixtures) posted to
// the Grafana receiver, authenticated as Grafana's basic auth sends it: both
// alerts reach the on-call user through a rule and an escalation policy;
// the same payload resolved sends one recovery message per alert and
// resolves both incidents.
const scratch = await createScratchDatabase();
const smtp = await startCaptureSmtp();
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = smtp.url;
process.env.API_RATE_LIMIT_PER_MINUTE = "100000";

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { saveEscalationPolicy } = await import("@/server/incidents/escalation-policies");
const { startWorker } = await import("../worker/start-worker");
const grafanaRoute = await import("@/app/api/v1/integrations/grafana/route");

const fixture = JSON.parse(readFileSync(new URL("./fixtures/grafana-webhook-payload.json", import.meta.url), "utf8")) as { alerts: Record<string, unknown>[] } & Record<string, unknown>;
await createUser({ email: "blue-oncall@example.com", role: "OPERATOR", password: "blue-oncall-password" });
const key = (await createApiKey({ name: "grafana", scopes: ["events:write"] })).secret;
const policy = await saveEscalationPolicy({ input: { name: "Team blue", levels: [{ delay_seconds: 0, targets: [{ user: "blue-oncall@example.com" }] }] } });
await db().routingRule.create({ data: { name: "Team blue's alerts", position: 0, match: { all: [{ field: "source", op: "equals", value: "grafana" }, { field: "labels.team", op: "equals", value: "blue" }] }, actions: { escalation_policy: policy.id } } });
const worker = await startWorker({ concurrency: 4, pollInterval: 100 });

afterAll(async () => {
  await worker.stop();
  await disconnectDb();
  await smtp.stop();
  await scratch.drop();
});

const basic = `Basic ${Buffer.from(`grafana:${key}`).toString("base64")}`;
const post = (body: unknown) =>
  grafanaRoute.POST(new Request("http://test/api/v1/integrations/grafana", { method: "POST", headers: { authorization: basic, "content-type": "application/json" }, body: JSON.stringify(body) }), { params: Promise.resolve({}) });
const mails = () => smtp.messages.filter((message) => message.envelope.to.includes("blue-oncall@example.com"));

describe("Grafana's documented webhook payload", () => {
  it("routes each alert to the on-call user and opens an incident per alert", async () => {
    const response = await post(fixture);
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ status: "received", alerts: 2, repeated: 0, warnings: [] });
    await waitFor(async () => mails().length === 2, 20_000, "two alert mails");
    expect(mails().map((mail) => mail.parsed.subject).sort()).toEqual([
      expect.stringContaining("This alert was triggered for zone eu-1"),
      expect.stringContaining("This alert was triggered for zone us-1"),
    ]);
    expect(String(mails()[0]!.parsed.text)).toContain("https://myrunbook.com/runbook/1234");
    const incidents = await db().incident.findMany({ orderBy: { incidentKey: "asc" } });
    expect(incidents.map((incident) => [incident.incidentKey, incident.status])).toEqual([["alert:bc97ff14869b13e3", "TRIGGERED"], ["alert:c6eadffa33fcdf37", "TRIGGERED"]]);
    const delivery = await db().integrationDelivery.findFirstOrThrow({ where: { receiver: "grafana" } });
    expect(delivery).toMatchObject({ status: "ACCEPTED", alertCount: 2, sentBy: "API key grafana" });
    expect(JSON.parse(delivery.payload)).toEqual(fixture);
  }, 40_000);

  it("re-sent as Grafana repeats it, tells nobody again", async () => {
    expect(await (await post(fixture)).json()).toMatchObject({ alerts: 2, repeated: 2 });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(mails()).toHaveLength(2);
  });

  it("resolved, sends one recovery message per alert and resolves both incidents", async () => {
    const endsAt = new Date().toISOString();
    const resolved = { ...fixture, status: "resolved", alerts: fixture.alerts.map((alert) => ({ ...alert, status: "resolved", endsAt })) };
    expect((await post(resolved)).status).toBe(202);
    await waitFor(async () => (await db().incident.count({ where: { status: "RESOLVED", resolvedBy: "the alert" } })) === 2, 20_000, "both incidents resolved");
    await waitFor(async () => mails().filter((mail) => mail.parsed.subject?.startsWith("Recovered: ")).length === 2, 20_000, "two recovery mails");
    await post(resolved);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(mails().filter((mail) => mail.parsed.subject?.startsWith("Recovered: "))).toHaveLength(2);
    expect(mails()).toHaveLength(4);
  }, 40_000);
});
