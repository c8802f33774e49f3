import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";

// Rules over REST: CRUD, evaluation order, validation that names the field, and
// a dry run that answers exactly the decisions routing would make.
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { savePreferences } = await import("@/server/preferences/save-preferences");
const rulesRoute = await import("@/app/api/v1/rules/route");
const ruleRoute = await import("@/app/api/v1/rules/[id]/route");
const testRoute = await import("@/app/api/v1/rules/test/route");

const ana = await createUser({ email: "ana@example.com", role: "OPERATOR", password: "ana-password" });
const bob = await createUser({ email: "bob@example.com", role: "OPERATOR", password: "bob-password" });
await savePreferences({ user: bob.id, input: { dnd_until: new Date(Date.now() + 3_600_000).toISOString() } });
const admin = (await createApiKey({ name: "admin", scopes: ["admin"] })).secret;
const writer = (await createApiKey({ name: "writer", scopes: ["events:write", "notifications:write"] })).secret;

afterAll(async () => {
  await disconnectDb();
  await scratch.drop();
});

const call = async (handler: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>, method: string, body?: unknown, options: { id?: number; key?: string } = {}) => {
  const request = new Request(`http://test/api/v1/rules${options.id ? `/${options.id}` : ""}`, {
    method,
    headers: { authorization: `Bearer ${options.key ?? admin}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve({ id: String(options.id ?? "") }) });
  return { status: response.status, body: response.status === 204 ? null : await response.json() };
};

const failuresRule = {
  name: "Failures to operators",
  match: { all: [{ field: "type", op: "glob", value: "job.*" }, { field: "severity", op: "gte", value: "warning" }] },
  actions: { notify: [{ role: "OPERATOR" }], channels: ["email"] },
};
const failedJob = { type: "job.failed", source: "executor", job: { name: "nightly-backup", host: "db-01", run_id: "1" } };

describe("rules CRUD", () => {
  it("creates, reads, lists in order, replaces and deletes rules", async () => {
    const created = await call(rulesRoute.POST, "POST", failuresRule);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(Number), name: "Failures to operators", enabled: true, position: 0, actions: failuresRule.actions });
    const second = await call(rulesRoute.POST, "POST", { name: "Mute staging", match: { all: [{ field: "labels.env", op: "equals", value: "staging" }] }, actions: { suppress: true }, position: 0 });
    expect(second.body.position).toBe(0);
    expect((await call(rulesRoute.GET, "GET")).body.data.map((rule: { name: string; position: number }) => [rule.position, rule.name])).toEqual([
      [0, "Mute staging"],
      [1, "Failures to operators"],
    ]);

    const replaced = await call(ruleRoute.PUT, "PUT", { ...failuresRule, name: "Failures to operators (email)", enabled: false, position: 0 }, { id: created.body.id });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ name: "Failures to operators (email)", enabled: false, position: 0 });
    expect((await call(ruleRoute.GET, "GET", undefined, { id: second.body.id })).body.position).toBe(1);

    expect((await call(ruleRoute.DELETE, "DELETE", undefined, { id: second.body.id })).status).toBe(204);
    expect((await call(ruleRoute.GET, "GET", undefined, { id: second.body.id })).status).toBe(404);
    expect((await call(ruleRoute.DELETE, "DELETE", undefined, { id: second.body.id })).status).toBe(404);
    await db().routingRule.deleteMany();
  });

  it("refuses a duplicate name with 409", async () => {
    await call(rulesRoute.POST, "POST", { ...failuresRule, name: "Unique" });
    const again = await call(rulesRoute.POST, "POST", { ...failuresRule, name: "Unique" });
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toEqual({ name: ["is already taken"] });
    await db().routingRule.deleteMany();
  });

  it.each([
    ["an unknown field path", { match: { all: [{ field: "job.colour", op: "equals", value: "red" }] } }, "match.all.0.field"],
    ["a regex that does not compile", { match: { all: [{ field: "title", op: "regex", value: "(unclosed" }] } }, "match.all.0.value"],
    ["a ReDoS-prone backreference", { match: { all: [{ field: "title", op: "regex", value: "(a+)\\1" }] } }, "match.all.0.value"],
    ["a wrong value type", { match: { all: [{ field: "job.duration_ms", op: "gt", value: "long" }] } }, "match.all.0.value"],
    ["an unknown user", { actions: { notify: [{ user: 999 }] } }, "actions.notify.0.user"],
    ["an unknown channel", { actions: { notify: [{ channel_name: "nope" }] } }, "actions.notify.0.channel_name"],
    ["an unknown role", { actions: { notify: [{ role: "OWNER" }] } }, "actions.notify.0.role"],
    ["suppress with notify", { actions: { suppress: true, notify: [{ role: "OPERATOR" }] } }, "actions.suppress"],
  ])("refuses %s with 400 naming the field", async (_label, change, path) => {
    const response = await call(rulesRoute.POST, "POST", { ...failuresRule, ...change });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error.fields)).toContain(path);
    expect(await db().routingRule.count()).toBe(0);
  });

  it("is for admins only", async () => {
    expect((await call(rulesRoute.GET, "GET", undefined, { key: writer })).status).toBe(403);
    expect((await call(rulesRoute.POST, "POST", failuresRule, { key: "onk_wrong" })).status).toBe(401);
  });
});

describe("POST /api/v1/rules/test", () => {
  const dryRun = (body: unknown) => call(testRoute.POST, "POST", body);

  it("answers the decisions routing would make for an unsaved rule, and sends nothing", async () => {
    const result = await dryRun({ event: failedJob, rule: failuresRule });
    expect(result.status).toBe(200);
    expect(result.body.tested_rule).toMatchObject({ name: "Failures to operators", matched: true });
    expect(result.body.severity).toBe("warning");
    expect(result.body.decisions).toEqual([
      expect.objectContaining({ recipient: "ana@example.com", user_id: ana.id, channel: "email", outcome: "notified" }),
      expect.objectContaining({ recipient: "bob@example.com", user_id: bob.id, channel: "email", outcome: "deferred", deliver_after: expect.any(String) }),
    ]);
    expect(result.body.decisions[1].reason).toContain("do not disturb");
    expect(await db().notification.count()).toBe(0);
    expect(await db().event.count()).toBe(0);
  });

  it("explains a rule that does not match, condition by condition", async () => {
    const result = await dryRun({ event: { type: "job.completed", source: "executor" }, rule: failuresRule });
    expect(result.body.tested_rule.matched).toBe(false);
    expect(result.body.tested_rule.explanation.entries).toEqual([
      expect.objectContaining({ field: "type", matched: true, actual: "job.completed" }),
      expect.objectContaining({ field: "severity", matched: false, actual: "info" }),
    ]);
    expect(result.body.decisions).toEqual([expect.objectContaining({ recipient: "Nobody", outcome: "suppressed" })]);
  });

  it("tests a saved rule by id, in its place among the enabled rules", async () => {
    const saved = (await call(rulesRoute.POST, "POST", { ...failuresRule, name: "Saved failures", enabled: false })).body;
    await call(rulesRoute.POST, "POST", { name: "Raise db failures", match: { all: [{ field: "job.host", op: "glob", value: "db-*" }] }, actions: { set_severity: "critical" }, position: 0 });
    const result = await dryRun({ event: failedJob, rule_id: saved.id });
    expect(result.body.tested_rule).toMatchObject({ id: saved.id, matched: true });
    expect(result.body.matched_rules.map((rule: { name: string }) => rule.name)).toEqual(["Raise db failures", "Saved failures"]);
    expect(result.body.severity).toBe("critical");
    // Critical breaks through bob's do-not-disturb.
    expect(result.body.decisions.map((decision: { outcome: string }) => decision.outcome)).toEqual(["notified", "notified"]);
    await db().routingRule.deleteMany();
  });

  it("names bad input: the event's field, the rule's field, or neither rule nor rule_id", async () => {
    const badEvent = await dryRun({ event: { type: "job.failed", severity: "loud" }, rule: failuresRule });
    expect(badEvent.status).toBe(400);
    expect(Object.keys(badEvent.body.error.fields)).toEqual(["event.severity"]);
    const badRule = await dryRun({ event: failedJob, rule: { ...failuresRule, match: { all: [{ field: "title", op: "regex", value: "(" }] } } });
    expect(Object.keys(badRule.body.error.fields)).toEqual(["rule.match.all.0.value"]);
    expect((await dryRun({ event: failedJob })).status).toBe(400);
    expect((await dryRun({ event: failedJob, rule_id: 424242 })).status).toBe(404);
  });
});
