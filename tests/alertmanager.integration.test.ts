import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { freePort } from "./support/free-port";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// The real Alertmanager (Debian's prometheus-alertmanager) on loopback, its
// webhook receiver pointing at our route: an alert posted to its API reaches
// the on-call user by email through rules and an escalation policy; while it
// fires, Alertmanager re-sends it every repeat_interval (with a changed
// summary) and nobody is told again; resolved, it sends one recovery message
// to everyone told of it and resolves the incident before level 2 is paged.
const ALERTMANAGER = "/usr/bin/prometheus-alertmanager";
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
const alertmanagerRoute = await import("@/app/api/v1/integrations/alertmanager/route");

await createUser({ email: "oncall@example.com", role: "OPERATOR", password: "oncall-password" });
await createUser({ email: "backup@example.com", role: "OPERATOR", password: "backup-password" });
const watcher = await createUser({ email: "watcher@example.com", role: "VIEWER", password: "watcher-password" });
const key = (await createApiKey({ name: "alertmanager", scopes: ["events:write"] })).secret;
const readOnly = (await createApiKey({ name: "reader", scopes: ["events:read"] })).secret;
const policy = await saveEscalationPolicy({
  input: { name: "Database on-call", levels: [{ delay_seconds: 0, targets: [{ user: "oncall@example.com" }] }, { delay_seconds: 60, targets: [{ user: "backup@example.com" }] }] },
});
await db().routingRule.create({ data: { name: "Page the DBA on database alerts", position: 0, match: { all: [{ field: "type", op: "glob", value: "alert.*" }, { field: "labels.team", op: "equals", value: "dba" }] }, actions: { escalation_policy: policy.id } } });
await db().routingRule.create({ data: { name: "Critical alerts to the watcher", position: 1, match: { all: [{ field: "severity", op: "gte", value: "critical" }] }, actions: { notify: [{ user: watcher.id }] } } });
const worker = await startWorker({ concurrency: 4, pollInterval: 100 });

// The route handler behind a real HTTP server: Alertmanager must reach it over TCP.
const app = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", async () => {
    const headers = Object.entries(request.headers).flatMap(([name, value]) => (typeof value === "string" ? [[name, value] as [string, string]] : []));
    const answer = await alertmanagerRoute.POST(new Request(`http://127.0.0.1${request.url}`, { method: request.method, headers, body: Buffer.concat(chunks) }), { params: Promise.resolve({}) });
    response.writeHead(answer.status, { "content-type": "application/json" });
    response.end(await answer.text());
  });
});
await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
const appPort = (app.address() as { port: number }).port;

const alertmanagerPort = await freePort();
const alertmanagerUrl = `http://127.0.0.1:${alertmanagerPort}`;
const workdir = mkdtempSync(path.join(tmpdir(), "notify-alertmanager-"));
let alertmanager: ChildProcess | null = null;

afterAll(async () => {
  alertmanager?.kill("SIGTERM");
  await worker.stop();
  await new Promise((resolve) => app.close(resolve));
  await disconnectDb();
  await smtp.stop();
  await scratch.drop();
  rmSync(workdir, { recursive: true, force: true });
});

const mailsTo = (address: string) => smtp.messages.filter((message) => message.envelope.to.includes(address));
const postAlerts = async (alerts: unknown[]) => {
  const response = await fetch(`${alertmanagerUrl}/api/v2/alerts`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(alerts) });
  expect(response.status, await response.clone().text()).toBe(200);
};
const callRoute = (body: unknown, authorization: string | null) =>
  alertmanagerRoute.POST(
    new Request("http://test/api/v1/integrations/alertmanager", { method: "POST", headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) }, body: JSON.stringify(body) }),
    { params: Promise.resolve({}) },
  );

describe.skipIf(!existsSync(ALERTMANAGER))("with the real Alertmanager", () => {
  it("starts with a webhook receiver pointing at Notify", async () => {
    writeFileSync(
      path.join(workdir, "alertmanager.yml"),
      `route:
  receiver: notify
  group_by: [alertname]
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 2s
receivers:
  - name: notify
    webhook_configs:
      - url: http://127.0.0.1:${appPort}/api/v1/integrations/alertmanager
        send_resolved: true
        http_config:
          authorization:
            type: Bearer
            credentials: ${key}
`,
    );
    alertmanager = spawn(ALERTMANAGER, [`--config.file=${path.join(workdir, "alertmanager.yml")}`, `--storage.path=${path.join(workdir, "data")}`, `--web.listen-address=127.0.0.1:${alertmanagerPort}`, "--cluster.listen-address=", "--log.level=warn"], { stdio: ["ignore", "inherit", "inherit"] });
    await waitFor(async () => (await fetch(`${alertmanagerUrl}/-/ready`).catch(() => null))?.ok, 20_000, "Alertmanager ready");
  }, 30_000);

  const labels = { alertname: "PostgresReplicationLag", severity: "critical", team: "dba", instance: "db-02:9187" };
  const startsAt = new Date(Date.now() - 60_000).toISOString();
  const firing = (summary: string) => ({ labels, annotations: { summary, description: "Replica db-02 is 310 s behind.", runbook_url: "https://runbooks.example.com/replication-lag" }, startsAt, generatorURL: "http://prometheus:9090/graph?g0.expr=pg_replication_lag" });

  it("an alert posted to Alertmanager reaches the on-call user by email, opens an incident, and is not told again when re-sent", async () => {
    await postAlerts([firing("Replication lag on db-02 is 5 minutes")]);
    const mail = await waitFor(async () => mailsTo("oncall@example.com")[0], 20_000, "the on-call mail");
    expect(mail.parsed.subject).toContain("Replication lag on db-02 is 5 minutes");
    expect(mail.parsed.text).toContain("https://runbooks.example.com/replication-lag");
    await waitFor(async () => mailsTo("watcher@example.com").length === 1, 15_000, "the watcher's mail");

    const event = await db().event.findFirstOrThrow({ where: { type: "alert.postgres_replication_lag" } });
    const fingerprint = (event.data as { alert: { fingerprint: string } }).alert.fingerprint;
    expect(event).toMatchObject({ severity: "CRITICAL", source: "alertmanager", groupKey: `alert:${fingerprint}`, title: "Replication lag on db-02 is 5 minutes" });
    const incident = await db().incident.findFirstOrThrow({ where: { eventId: event.id } });
    expect(incident).toMatchObject({ status: "TRIGGERED", incidentKey: `alert:${fingerprint}` });

    // Alertmanager re-sends the firing alert every repeat_interval (2 s here), now with a changed summary.
    await postAlerts([firing("Replication lag on db-02 is 6 minutes")]);
    const repeats = await waitFor(async () => {
      const rows = await db().integrationDelivery.findMany({ where: { receiver: "alertmanager", status: "ACCEPTED", repeatedCount: { gt: 0 } } });
      return rows.length >= 2 && rows;
    }, 20_000, "two re-sent payloads");
    expect(repeats.every((row) => row.eventIds.includes(event.id))).toBe(true);
    expect(await db().event.count({ where: { type: "alert.postgres_replication_lag" } })).toBe(1);
    expect(mailsTo("oncall@example.com")).toHaveLength(1);
    expect(mailsTo("watcher@example.com")).toHaveLength(1);
  }, 60_000);

  it("resolved in Alertmanager, it sends one recovery message to each who was told and resolves the incident", async () => {
    await postAlerts([{ ...firing("Replication lag on db-02 is 6 minutes"), endsAt: new Date(Date.now() - 1_000).toISOString() }]);
    const incident = await waitFor(async () => {
      const row = await db().incident.findFirstOrThrow({ where: { incidentKey: { startsWith: "alert:" } } });
      return row.status === "RESOLVED" && row;
    }, 20_000, "the incident resolved");
    expect(incident).toMatchObject({ resolvedBy: "the alert", resolvedVia: "a resolved alert.postgres_replication_lag alert" });
    expect(await db().$queryRaw`select 1 from graphile_worker._private_jobs where key = ${`incident:${incident.id}`}`).toEqual([]);
    for (const address of ["oncall@example.com", "watcher@example.com"]) {
      const recovery = await waitFor(async () => mailsTo(address).find((m) => m.parsed.subject?.startsWith("Recovered: ")), 15_000, `${address}'s recovery mail`);
      expect(recovery.parsed.subject).toMatch(/^Recovered: Replication lag on db-02 is 6 minutes \(after .+\)$/);
    }
    // Alertmanager sends a resolved alert once more or less (send_resolved, then the group is gone); nobody hears twice.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    for (const address of ["oncall@example.com", "watcher@example.com"]) {
      expect(mailsTo(address).map((m) => m.parsed.subject?.startsWith("Recovered: "))).toEqual([false, true]);
    }
    expect(mailsTo("backup@example.com")).toHaveLength(0);
    const resolvedEvents = await db().event.findMany({ where: { type: "alert.postgres_replication_lag", source: "alertmanager" }, orderBy: { id: "asc" } });
    expect(resolvedEvents.map((row) => (row.data as { alert: { status: string } }).alert.status)).toEqual(["firing", "resolved"]);
  }, 60_000);
});

describe("the receiver's door", () => {
  const body = { version: "4", status: "firing", alerts: [{ status: "firing", labels: { alertname: "DoorCheck" }, startsAt: new Date().toISOString(), fingerprint: "d00rc4eck0000001" }] };

  it("takes the API key as a bearer token or as the password of basic auth, and wants events:write", async () => {
    expect((await callRoute(body, null)).status).toBe(401);
    expect((await callRoute(body, `Bearer ${readOnly}`)).status).toBe(403);
    const basic = await callRoute(body, `Basic ${Buffer.from(`alertmanager:${key}`).toString("base64")}`);
    expect(basic.status).toBe(202);
    expect(await basic.json()).toMatchObject({ status: "received", alerts: 1, repeated: 0, ids: [expect.any(String)] });
    const again = await callRoute(body, `Bearer ${key}`);
    expect(await again.json()).toMatchObject({ alerts: 1, repeated: 1 });
  });

  it("answers a bad payload 400 naming the field, and records it as rejected", async () => {
    const response = await callRoute({ ...body, alerts: [{ ...body.alerts[0], startsAt: "now" }] }, `Bearer ${key}`);
    expect(response.status).toBe(400);
    const answer = await response.json();
    expect(answer.error.code).toBe("bad_request");
    expect(answer.details).toEqual([{ index: 0, path: "alerts.0.startsAt", message: expect.any(String) }]);
    const rejected = await db().integrationDelivery.findFirstOrThrow({ where: { status: "REJECTED" }, orderBy: { id: "desc" } });
    expect(rejected).toMatchObject({ receiver: "alertmanager", alertCount: 0, sentBy: "API key alertmanager" });
    expect(rejected.error).toContain("alerts.0.startsAt");
  });

  it("accepts an unknown payload version and stores the warning on the event", async () => {
    const response = await callRoute({ ...body, version: "9", alerts: [{ ...body.alerts[0], fingerprint: "d00rc4eck0000002" }] }, `Bearer ${key}`);
    expect(response.status).toBe(202);
    const { ids, warnings } = await response.json();
    expect(warnings).toEqual([expect.stringContaining('payload version "9"')]);
    const event = await db().event.findUniqueOrThrow({ where: { id: ids[0] } });
    expect((event.data as { warnings: string[] }).warnings).toEqual(warnings);
  });
});
