import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createScratchDatabase } from "./support/database";

// Maintenance windows through the REST handlers on a real database: CRUD, the
// field-naming 400s, the change log, ending early, and what routing reads
// (activeMaintenanceWindows). The folds module is the routing owner's; here it
// only records that each change reached it inside the change's transaction.
const reschedule = vi.hoisted(() => vi.fn(async (_tx: unknown, _windowId: number, _releaseAt: Date) => {}));
vi.mock("@/server/folds/reschedule-maintenance-folds", () => ({ rescheduleMaintenanceFolds: reschedule }));

const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;
process.env.API_RATE_LIMIT_PER_MINUTE = "100000";

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { activeMaintenanceWindows } = await import("@/server/maintenance/active-maintenance-windows");
const listRoute = await import("@/app/api/v1/maintenance-windows/route");
const windowRoute = await import("@/app/api/v1/maintenance-windows/[id]/route");
const endRoute = await import("@/app/api/v1/maintenance-windows/[id]/end/route");

const writer = (await createApiKey({ name: "deploy-bot", scopes: ["maintenance:write"] })).secret;
const reader = (await createApiKey({ name: "dashboard", scopes: ["maintenance:read"] })).secret;

afterAll(async () => {
  await disconnectDb();
  await scratch.drop();
});

beforeEach(() => reschedule.mockClear());

type THandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

async function call<P>(handler: THandler<P>, options: { method?: string; id?: number | string; body?: unknown; rawBody?: string; search?: string; key?: string } = {}) {
  const headers = new Headers({ authorization: `Bearer ${options.key ?? writer}` });
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers.set("content-type", "application/json");
  const path = options.id === undefined ? "" : `/${options.id}`;
  const response = await handler(new Request(`http://test/api/v1/maintenance-windows${path}${options.search ?? ""}`, { method: options.method ?? "GET", headers, body }), {
    params: Promise.resolve((options.id === undefined ? {} : { id: String(options.id) }) as P),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);
const utcClock = (date: Date) => date.toISOString().slice(11, 16);
const create = (body: unknown) => call(listRoute.POST, { method: "POST", body });
const oneOff = (name: string, extra: Record<string, unknown> = {}) => ({ name, starts_at: minutesFromNow(-10).toISOString(), ends_at: minutesFromNow(60).toISOString(), ...extra });
const changesOf = (windowId: number) => db().maintenanceWindowChange.findMany({ where: { windowId }, orderBy: { id: "asc" } });
const event = (overrides: Record<string, unknown> = {}) => ({
  type: "job.failed",
  severity: "warning" as const,
  source: "executor",
  title: "Job failed",
  message: null,
  job: { name: "db-backup" },
  labels: { env: "prod" },
  data: {},
  occurredAt: new Date(),
  ...overrides,
});

describe("creating", () => {
  it("creates a recurring window with defaults, answers the view and records who created it", async () => {
    const created = await create({ name: "Nightly DB maintenance", weekdays: [5, 1, 3], start_time: "01:00", end_time: "03:00", timezone: "Europe/Berlin", source: "executor", job_glob: "db-*", labels: { env: "prod" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Nightly DB maintenance",
      kind: "recurring",
      weekdays: [1, 3, 5],
      start_time: "01:00",
      end_time: "03:00",
      timezone: "Europe/Berlin",
      critical: "deliver",
      starts_at: null,
      ended_until: null,
      created_by: "api_key:deploy-bot",
      labels: { env: "prod" },
    });
    expect(created.body.next_occurrence).toEqual({ starts_at: expect.any(String), ends_at: expect.any(String) });
    expect(created.body).not.toHaveProperty("deletedAt");
    const [change] = await changesOf(created.body.id);
    expect(change).toMatchObject({ actor: "api_key:deploy-bot", action: "created" });
    expect(change!.detail).toBe('Created "Nightly DB maintenance": Mon, Wed, Fri 01:00–03:00 (Europe/Berlin); covers source executor, job db-*, labels env=prod; critical events are delivered as usual.');
  });

  it("creates a one-off window that is active now", async () => {
    const created = await create(oneOff("Deploy 4711", { critical: "hold", timezone: "UTC" }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: "one_off", critical: "hold", status: "active", active_now: true, weekdays: [], start_time: null, next_occurrence: null });
    expect(created.body.current_occurrence.ends_at).toBe(created.body.ends_at);
  });

  it.each([
    ["a missing name", { starts_at: "2026-12-01T10:00:00Z", ends_at: "2026-12-01T11:00:00Z" }, "name", "is required"],
    ["an end before the start", { name: "x", starts_at: "2026-12-01T10:00:00Z", ends_at: "2026-12-01T09:00:00Z" }, "ends_at", "must be after starts_at"],
    ["a one-off without its end", { name: "x", starts_at: "2026-12-01T10:00:00Z" }, "ends_at", "is required for a one-off window"],
    ["a date without a zone", { name: "x", starts_at: "2026-12-01T10:00", ends_at: "2026-12-01T11:00:00Z" }, "starts_at", "ISO 8601"],
    ["a recurring window without days", { name: "x", weekdays: [], start_time: "01:00", end_time: "02:00" }, "weekdays", "at least one day"],
    ["a weekday out of range", { name: "x", weekdays: [0, 8], start_time: "01:00", end_time: "02:00" }, "weekdays.0", "1 (Monday) to 7"],
    ["a bad time", { name: "x", weekdays: [1], start_time: "25:00", end_time: "02:00" }, "start_time", "HH:MM"],
    ["equal times", { name: "x", weekdays: [1], start_time: "02:00", end_time: "02:00" }, "end_time", "must differ"],
    ["an unknown zone", { name: "x", weekdays: [1], start_time: "01:00", end_time: "02:00", timezone: "Mars/Olympus" }, "timezone", "IANA time zone"],
    ["both kinds", { name: "x", starts_at: "2026-12-01T10:00:00Z", ends_at: "2026-12-01T11:00:00Z", weekdays: [1], start_time: "01:00", end_time: "02:00" }, "weekdays", "not both"],
    ["no schedule", { name: "x" }, "starts_at", "is required"],
    ["a glob that does not compile", { name: "x", weekdays: [1], start_time: "01:00", end_time: "02:00", job_glob: "!" }, "job_glob", "pattern"],
    ["a bad critical policy", { name: "x", weekdays: [1], start_time: "01:00", end_time: "02:00", critical: "ignore" }, "critical", "deliver"],
    ["a label that is not a string", { name: "x", weekdays: [1], start_time: "01:00", end_time: "02:00", labels: { env: 1 } }, "labels.env", "must be strings"],
    ["an unknown field", { name: "x", weekdays: [1], start_time: "01:00", end_time: "02:00", kind: "recurring" }, "body", "kind"],
    ["a body that is not an object", ["x"], "body", "object"],
  ])("refuses %s with a 400 naming the field", async (_what, body, field, message) => {
    const before = await db().maintenanceWindow.count();
    const response = await create(body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("bad_request");
    expect(Object.keys(response.body.error.fields)).toContain(field);
    expect(response.body.error.fields[field].join(" ")).toContain(message);
    expect(await db().maintenanceWindow.count()).toBe(before);
  });

  it("refuses malformed JSON with a 400, and a read-only key with a 403", async () => {
    expect((await call(listRoute.POST, { method: "POST", rawBody: "{" })).status).toBe(400);
    expect((await call(listRoute.POST, { method: "POST", body: oneOff("read only"), key: reader })).status).toBe(403);
  });
});

describe("reading", () => {
  it("lists by status and answers one window with its history", async () => {
    const upcoming = (await create({ name: "Next week", starts_at: minutesFromNow(7 * 24 * 60).toISOString(), ends_at: minutesFromNow(7 * 24 * 60 + 30).toISOString() })).body;
    const past = (await create({ name: "Yesterday", starts_at: minutesFromNow(-26 * 60).toISOString(), ends_at: minutesFromNow(-25 * 60).toISOString() })).body;
    const active = (await create(oneOff("Right now"))).body;
    const list = async (status: string) => ((await call(listRoute.GET, { search: `?status=${status}`, key: reader })).body.data as { id: number }[]).map((view) => view.id);
    expect(await list("active")).toContain(active.id);
    expect(await list("active")).not.toContain(upcoming.id);
    expect(await list("upcoming")).toContain(upcoming.id);
    expect(await list("past")).toEqual([past.id]);
    expect(await list("all")).toEqual(expect.arrayContaining([active.id, upcoming.id, past.id]));
    expect((await call(listRoute.GET, { search: "?status=soon", key: reader })).body.error.fields).toHaveProperty("status");

    const detail = await call(windowRoute.GET, { id: active.id, key: reader });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: active.id, active_now: true, changes: [{ action: "created", actor: "api_key:deploy-bot" }] });
  });

  it("answers 404 for an unknown window and 400 for an id that is not one", async () => {
    expect((await call(windowRoute.GET, { id: 999_999 })).status).toBe(404);
    const bad = await call(windowRoute.GET, { id: "abc" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("maintenance window id");
  });
});

describe("changing", () => {
  it("changes the given fields only, records what changed in words, and leaves a no-op unrecorded", async () => {
    const window = (await create({ name: "Backups", weekdays: [1, 2, 3, 4, 5], start_time: "01:00", end_time: "03:00", timezone: "Europe/Berlin" })).body;
    const changed = await call(windowRoute.PATCH, { method: "PATCH", id: window.id, body: { end_time: "04:00", critical: "hold", source: "executor" } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: "Backups", weekdays: [1, 2, 3, 4, 5], end_time: "04:00", critical: "hold", source: "executor" });
    const last = (await changesOf(window.id)).at(-1)!;
    expect(last).toMatchObject({ action: "changed", actor: "api_key:deploy-bot" });
    expect(last.detail).toBe("Changed schedule Mon–Fri 01:00–03:00 (Europe/Berlin) → Mon–Fri 01:00–04:00 (Europe/Berlin); scope every event → source executor; now critical events are held too.");

    expect((await call(windowRoute.PATCH, { method: "PATCH", id: window.id, body: { name: "Backups" } })).status).toBe(200);
    expect(await changesOf(window.id)).toHaveLength(2);
    const cleared = await call(windowRoute.PATCH, { method: "PATCH", id: window.id, body: { source: null } });
    expect(cleared.body.source).toBeNull();
  });

  it("switches a one-off window to recurring when the patch gives only recurring fields", async () => {
    const window = (await create(oneOff("Switching"))).body;
    const switched = await call(windowRoute.PATCH, { method: "PATCH", id: window.id, body: { weekdays: [6, 7], start_time: "22:00", end_time: "06:00" } });
    expect(switched.status).toBe(200);
    expect(switched.body).toMatchObject({ kind: "recurring", starts_at: null, ends_at: null, weekdays: [6, 7] });
  });

  it("refuses a bad patch with a 400 naming the field and changes nothing", async () => {
    const window = (await create(oneOff("Patch me"))).body;
    const before = await changesOf(window.id);
    const bad = await call(windowRoute.PATCH, { method: "PATCH", id: window.id, body: { ends_at: window.starts_at } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.ends_at).toEqual(["must be after starts_at"]);
    expect((await call(windowRoute.PATCH, { method: "PATCH", id: window.id, body: { colour: "red" } })).status).toBe(400);
    expect((await call(windowRoute.PATCH, { method: "PATCH", id: 999_999, body: { name: "x" } })).status).toBe(404);
    expect(await changesOf(window.id)).toEqual(before);
  });

  it("tells the folds when an active window's end moves, inside the change's transaction", async () => {
    const window = (await create(oneOff("Extended"))).body;
    const later = minutesFromNow(120);
    await call(windowRoute.PATCH, { method: "PATCH", id: window.id, body: { ends_at: later.toISOString() } });
    expect(reschedule).toHaveBeenCalledTimes(1);
    const [tx, windowId, releaseAt] = reschedule.mock.calls[0]!;
    expect(windowId).toBe(window.id);
    expect(releaseAt.toISOString()).toBe(later.toISOString());
    expect(tx).toHaveProperty("maintenanceWindow");
    expect(tx).not.toBe(db());
  });
});

describe("ending and deleting", () => {
  it("ends an active one-off window now: inactive for good, recorded, folds released now; a second end is a 409", async () => {
    const window = (await create(oneOff("End me"))).body;
    const before = Date.now();
    const ended = await call(endRoute.POST, { method: "POST", id: window.id });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ active_now: false, status: "past", current_occurrence: null, ended_until: window.ends_at });
    const last = (await changesOf(window.id)).at(-1)!;
    expect(last).toMatchObject({ action: "ended", actor: "api_key:deploy-bot" });
    expect(last.detail).toMatch(/^Ended early at \d{4}-\d\d-\d\d \d\d:\d\d \(UTC\); this occurrence was due to end at /);
    expect(reschedule).toHaveBeenCalledWith(expect.anything(), window.id, expect.any(Date));
    expect(reschedule.mock.calls[0]![2].getTime()).toBeGreaterThanOrEqual(before);

    const again = await call(endRoute.POST, { method: "POST", id: window.id });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain("is not active");
  });

  it("ends the current occurrence of a recurring window, which comes back at its next one", async () => {
    const window = (await create({ name: "Every day", weekdays: [1, 2, 3, 4, 5, 6, 7], start_time: utcClock(minutesFromNow(-60)), end_time: utcClock(minutesFromNow(60)) })).body;
    expect(window.active_now).toBe(true);
    const ended = await call(endRoute.POST, { method: "POST", id: window.id });
    expect(ended.body).toMatchObject({ active_now: false, status: "upcoming", ended_until: window.current_occurrence.ends_at });
    expect(Date.parse(ended.body.next_occurrence.starts_at)).toBeGreaterThan(Date.parse(window.current_occurrence.ends_at));
  });

  it("refuses to end a window that has not started", async () => {
    const window = (await create({ name: "Later", starts_at: minutesFromNow(60).toISOString(), ends_at: minutesFromNow(90).toISOString() })).body;
    expect((await call(endRoute.POST, { method: "POST", id: window.id })).status).toBe(409);
    expect(reschedule).not.toHaveBeenCalled();
  });

  it("deletes softly: gone from the API, kept with its history in the table, folds released now", async () => {
    const window = (await create(oneOff("Delete me"))).body;
    const deleted = await call(windowRoute.DELETE, { method: "DELETE", id: window.id });
    expect(deleted.status).toBe(204);
    expect((await call(windowRoute.GET, { id: window.id })).status).toBe(404);
    expect((await call(windowRoute.DELETE, { method: "DELETE", id: window.id })).status).toBe(404);
    expect((await call(endRoute.POST, { method: "POST", id: window.id })).status).toBe(404);
    const row = await db().maintenanceWindow.findUnique({ where: { id: window.id } });
    expect(row?.deletedAt).toBeInstanceOf(Date);
    expect((await changesOf(window.id)).map((change) => change.action)).toEqual(["created", "deleted"]);
    expect((await changesOf(window.id)).at(-1)!.detail).toContain("while it was active");
    expect(reschedule).toHaveBeenCalledTimes(1);
  });
});

describe("activeMaintenanceWindows", () => {
  it("answers the windows in force now with their scope, and follows a change in this process at once", async () => {
    await db().maintenanceWindow.updateMany({ where: { deletedAt: null }, data: { deletedAt: new Date() } });
    const scoped = (await create(oneOff("DB jobs", { job_glob: "db-*", labels: { env: "prod" }, critical: "hold" }))).body;
    await create({ name: "Not yet", starts_at: minutesFromNow(30).toISOString(), ends_at: minutesFromNow(60).toISOString() });

    const active = await activeMaintenanceWindows();
    expect(active.map((window) => window.name)).toEqual(["DB jobs"]);
    const [window] = active;
    expect(window).toMatchObject({ id: scoped.id, critical: "HOLD", endsAt: new Date(scoped.ends_at) });
    expect(window!.matches(event())).toBe(true);
    expect(window!.matches(event({ job: { name: "web-deploy" } }))).toBe(false);
    expect(window!.matches(event({ labels: { env: "staging" } }))).toBe(false);

    expect((await activeMaintenanceWindows(minutesFromNow(45))).map((one) => one.name)).toEqual(["DB jobs", "Not yet"]);
    await call(endRoute.POST, { method: "POST", id: scoped.id });
    expect(await activeMaintenanceWindows()).toEqual([]);
  });
});
