import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";

// The audit log's reading side: entries written by recordAudit as a user, an
// API key and the service, then read back through listAuditLog, GET
// /api/v1/audit-log and tRPC auditLog.* — each filter, pages with no
// duplicate or gap (also across entries of the same instant), admins only,
// and a 400 naming the field for each bad parameter.
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { withAuditContext } = await import("@/server/audit/audit-context");
const { recordAudit } = await import("@/server/audit/record-audit");
const { listAuditLog } = await import("@/server/audit/list-audit-log");
const { ZAuditLogEntry, ZAuditLogPage } = await import("@/server/audit/audit-log-schema");
const { createCaller } = await import("@/server/api/root");
const auditLogRoute = await import("@/app/api/v1/audit-log/route");

afterAll(async () => {
  await disconnectDb();
  await scratch.drop();
});

const admin = await createUser({ email: "Admin@Example.com", role: "ADMIN", password: "admin-password" });
const operator = await createUser({ email: "operator@example.com", role: "OPERATOR", password: "operator-password" });
const viewer = await createUser({ email: "viewer@example.com", role: "VIEWER", password: "viewer-password" });
const adminKey = await createApiKey({ name: "audit-reader", scopes: ["admin"] });
const readerKey = await createApiKey({ name: "executor", scopes: ["notifications:read", "events:read"] });
// Creating the users and keys may itself be audited; the assertions below count only the seeded entries.
await db().auditLogEntry.deleteMany();

const T0 = Date.parse("2026-11-30T12:00:00.000Z");
const MIN = 60_000;
const asUser = { actor: { type: "user" as const, id: admin.id, label: admin.email }, clientAddress: "203.0.113.7" };
const asKey = { actor: { type: "api_key" as const, id: adminKey.id, label: "audit-reader" }, clientAddress: "198.51.100.2" };

type TSeed = { context?: typeof asUser | typeof asKey; entry: Parameters<typeof recordAudit>[1]; minutes: number };
const seeds: Record<string, TSeed> = {
  ruleCreated: { context: asUser, minutes: 0, entry: { action: "rule.created", target: { type: "rule", id: 7, label: "Backups" }, after: { name: "Backups", enabled: true } } },
  ruleUpdated: { context: asUser, minutes: 10, entry: { action: "rule.updated", target: { type: "rule", id: 7, label: "Backups" }, before: { name: "Backups", enabled: true }, after: { name: "Backups", enabled: false } } },
  otherRule: { context: asKey, minutes: 20, entry: { action: "rule.deleted", target: { type: "rule", id: 8, label: "Old" }, before: { name: "Old" } } },
  smtp: { context: asUser, minutes: 30, entry: { action: "smtp_settings.updated", target: { type: "smtp_settings" }, before: { host: "a.example.com", password: "old-secret" }, after: { host: "b.example.com", password: "new-secret" }, secrets: ["password"] } },
  incident: { minutes: 40, entry: { action: "incident.acknowledged", target: { type: "incident", id: 3, label: "Disk full" } } },
  rulesetLike: { context: asKey, minutes: 50, entry: { action: "ruleset.updated", target: { type: "ruleset", id: 1 }, before: { a: 1 }, after: { a: 2 } } },
};

const ids: Record<string, number> = {};
for (const [name, seed] of Object.entries(seeds)) {
  const write = () => db().$transaction((tx) => recordAudit(tx, seed.entry));
  await (seed.context ? withAuditContext(seed.context, write) : write());
  const row = await db().auditLogEntry.findFirstOrThrow({ orderBy: { id: "desc" } });
  await db().auditLogEntry.update({ where: { id: row.id }, data: { at: new Date(T0 + seed.minutes * MIN) } });
  ids[name] = row.id;
}

// 45 bulk entries, several sharing one instant (ties broken by id), and ids that do not follow time.
const bulkAt = (i: number) => new Date(T0 - (1 + Math.floor(i / 4)) * MIN);
await db().auditLogEntry.createMany({
  data: Array.from({ length: 45 }, (_, i) => ({ at: bulkAt(44 - i), actorType: "service", actorLabel: "digest schedule", action: "notification.cancelled", targetType: "notification", targetId: String(1000 + i), diff: {} })),
});
const TOTAL = Object.keys(seeds).length + 45;

const idsOf = (page: { data: { id: number }[] }) => page.data.map((entry) => entry.id);

describe("listAuditLog", () => {
  it("answers a DTO, newest first, with the actor, target, masked diff and client address", async () => {
    const page = await listAuditLog({ limit: 3 });
    expect(ZAuditLogPage.parse(page)).toEqual(page);
    expect(idsOf(page)).toEqual([ids.rulesetLike, ids.incident, ids.smtp]);
    const smtp = page.data[2]!;
    expect(Object.keys(smtp).sort()).toEqual(Object.keys(ZAuditLogEntry.shape).sort());
    expect(smtp).toEqual({
      id: ids.smtp,
      at: new Date(T0 + 30 * MIN).toISOString(),
      actor: { type: "user", id: admin.id, label: admin.email },
      action: "smtp_settings.updated",
      target: { type: "smtp_settings", id: null, label: null },
      diff: { host: { from: "a.example.com", to: "b.example.com" }, password: { from: "••••", to: "••••" } },
      client_address: "203.0.113.7",
    });
    expect(JSON.stringify(page)).not.toMatch(/old-secret|new-secret/);
    expect(page.data[1]).toMatchObject({ actor: { type: "service", id: null, label: "service" }, client_address: null, diff: {} });
  });

  it("pages through everything with no duplicate and no gap, ties in time included", async () => {
    const all = await db().auditLogEntry.findMany({ orderBy: [{ at: "desc" }, { id: "desc" }], select: { id: true } });
    expect(all).toHaveLength(TOTAL);
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAuditLog({ limit: 7, cursor });
      seen.push(...idsOf(page));
      cursor = page.next_cursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(seen).toEqual(all.map((row) => row.id));
    expect(pages).toBe(Math.ceil(TOTAL / 7));
    // A page that ends exactly at the last entry says so.
    expect((await listAuditLog({ limit: TOTAL })).next_cursor).toBeNull();
    expect((await listAuditLog({})).data).toHaveLength(50);
  });

  it("filters by actor: one user, one key, a kind of actor, or part of the label in any case", async () => {
    expect(idsOf(await listAuditLog({ actor: `user:${admin.id}` }))).toEqual([ids.smtp, ids.ruleUpdated, ids.ruleCreated]);
    expect(idsOf(await listAuditLog({ actor: `api_key:${adminKey.id}` }))).toEqual([ids.rulesetLike, ids.otherRule]);
    expect(idsOf(await listAuditLog({ actor: "api_key" }))).toEqual([ids.rulesetLike, ids.otherRule]);
    expect(idsOf(await listAuditLog({ actor: `user:${operator.id}` }))).toEqual([]);
    expect((await listAuditLog({ actor: "service", limit: 200 })).data).toHaveLength(46);
    expect(idsOf(await listAuditLog({ actor_label: "ADMIN@example" }))).toEqual([ids.smtp, ids.ruleUpdated, ids.ruleCreated]);
    expect(idsOf(await listAuditLog({ actor: "user", actor_label: "reader" }))).toEqual([]);
    // LIKE's wildcards are matched as themselves.
    expect(idsOf(await listAuditLog({ actor_label: "%" }))).toEqual([]);
    expect(idsOf(await listAuditLog({ actor_label: "_" }))).toEqual([]);
  });

  it("filters by an exact action or a prefix, and by target type and id", async () => {
    expect(idsOf(await listAuditLog({ action: "rule.updated" }))).toEqual([ids.ruleUpdated]);
    // `rule.` is a prefix of rule.* only, not of ruleset.*.
    expect(idsOf(await listAuditLog({ action: "rule." }))).toEqual([ids.otherRule, ids.ruleUpdated, ids.ruleCreated]);
    expect(idsOf(await listAuditLog({ action: "rule.*" }))).toEqual([ids.otherRule, ids.ruleUpdated, ids.ruleCreated]);
    expect(idsOf(await listAuditLog({ target_type: "rule", target_id: "7" }))).toEqual([ids.ruleUpdated, ids.ruleCreated]);
    expect(idsOf(await listAuditLog({ target_type: "incident" }))).toEqual([ids.incident]);
  });

  it("filters by time: `from` is in, `to` is out", async () => {
    const at = (minutes: number) => new Date(T0 + minutes * MIN).toISOString();
    expect(idsOf(await listAuditLog({ from: at(10), to: at(40) }))).toEqual([ids.smtp, ids.otherRule, ids.ruleUpdated]);
    expect(idsOf(await listAuditLog({ from: at(40) }))).toEqual([ids.rulesetLike, ids.incident]);
    expect((await listAuditLog({ to: at(0), limit: 200 })).data).toHaveLength(45);
    // Filters and the cursor together: the second page of the service's entries before T0.
    const first = await listAuditLog({ actor: "service", to: at(0), limit: 20 });
    const second = await listAuditLog({ actor: "service", to: at(0), limit: 20, cursor: first.next_cursor! });
    expect(new Set([...idsOf(first), ...idsOf(second)]).size).toBe(40);
  });
});

describe("GET /api/v1/audit-log", () => {
  const get = (search: string, key: string | null = adminKey.secret) =>
    auditLogRoute.GET(new Request(`http://test/api/v1/audit-log${search}`, { headers: key ? { authorization: `Bearer ${key}` } : {} }), { params: Promise.resolve({}) });

  it("answers an admin key the same page as listAuditLog, empty parameters ignored", async () => {
    const response = await get("?action=rule.&actor=&limit=2");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { id: number }[]; next_cursor: string };
    expect(body).toEqual(await listAuditLog({ action: "rule.", limit: 2 }));
    const next = (await (await get(`?action=rule.&limit=2&cursor=${body.next_cursor}`)).json()) as { data: { id: number }[]; next_cursor: null };
    expect([...idsOf(body), ...idsOf(next)]).toEqual([ids.otherRule, ids.ruleUpdated, ids.ruleCreated]);
    expect(next.next_cursor).toBeNull();
  });

  it("refuses a key without the admin scope (403) and a request without a key (401)", async () => {
    expect((await get("", readerKey.secret)).status).toBe(403);
    expect((await get("", null)).status).toBe(401);
  });

  it.each([
    ["?limit=500", "limit"],
    ["?limit=abc", "limit"],
    ["?actor=bob", "actor"],
    ["?actor=service:3", "actor"],
    ["?action=Rule%20updated", "action"],
    ["?target_id=7", "target_id"],
    ["?from=yesterday", "from"],
    ["?from=2026-12-01T00:00:00Z&to=2026-11-30T00:00:00Z", "to"],
    ["?cursor=not-a-cursor", "cursor"],
    [`?cursor=${Buffer.from('["x",1]').toString("base64url")}`, "cursor"],
  ])("answers 400 naming the field for %s", async (search, field) => {
    const response = await get(search);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string; fields: Record<string, string[]> } };
    expect(body.error.code).toBe("bad_request");
    expect(Object.keys(body.error.fields)).toEqual([field]);
    expect(body.error.message).toContain(field);
  });
});

describe("tRPC auditLog", () => {
  it("lets admins list and read the filter options", async () => {
    const caller = createCaller({ user: admin });
    expect(await caller.auditLog.list({ target_type: "rule", target_id: "7" })).toEqual(await listAuditLog({ target_type: "rule", target_id: "7" }));
    expect(await caller.auditLog.filterOptions()).toEqual({
      actions: ["incident.acknowledged", "notification.cancelled", "rule.created", "rule.deleted", "rule.updated", "ruleset.updated", "smtp_settings.updated"],
      target_types: ["incident", "notification", "rule", "ruleset", "smtp_settings"],
    });
  });

  it("refuses operators and viewers (FORBIDDEN) and anonymous callers (UNAUTHORIZED)", async () => {
    for (const user of [operator, viewer]) {
      await expect(createCaller({ user }).auditLog.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(createCaller({ user }).auditLog.filterOptions()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(createCaller({ user: null }).auditLog.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers BAD_REQUEST naming the field", async () => {
    await expect(createCaller({ user: admin }).auditLog.list({ cursor: "bogus" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("cursor") });
  });
});
