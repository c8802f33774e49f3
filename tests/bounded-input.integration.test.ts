import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";

// Issue 11, item 1: every request and field has a limit, checked at the edge
// before anything is stored, and lists never load full bodies or metadata.
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { createCaller } = await import("@/server/api/root");
const { listNotifications } = await import("@/server/notifications/list-notifications");
const notificationsRoute = await import("@/app/api/v1/notifications/route");
const notificationRoute = await import("@/app/api/v1/notifications/[id]/route");
const eventsRoute = await import("@/app/api/v1/events/route");
const rulesRoute = await import("@/app/api/v1/rules/route");

let key: string;

const notification = { recipient_email: "oncall@example.com", subject: "Build 812 failed", body: "The nightly build failed.", notification_type: "job_failed" };
const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

type TRoute = { POST?: (request: Request, context: { params: Promise<never> }) => Promise<Response> };

function post(route: TRoute, path: string, body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) {
  const request = new Request(`http://test${path}`, { method: "POST", headers: { authorization: `Bearer ${key}`, ...headers }, body });
  return route.POST!(request, { params: Promise.resolve({} as never) });
}
const postNotification = (body: unknown) => post(notificationsRoute, "/api/v1/notifications", typeof body === "string" ? body : JSON.stringify(body));

async function stored() {
  return { notifications: await db().notification.count(), attachments: await db().notificationAttachment.count(), events: await db().event.count(), rules: await db().routingRule.count() };
}

/** The status and error of a refusal, checking that it stored nothing. */
async function refused(send: () => Promise<Response>) {
  const before = await stored();
  const response = await send();
  const { error } = await response.json();
  expect(await stored()).toEqual(before);
  return { status: response.status, message: String(error.message), fields: Object.keys(error.fields ?? {}) };
}

beforeAll(async () => {
  key = (await createApiKey({ name: "executor", scopes: ["admin"] })).secret;
});

afterAll(async () => {
  await disconnectDb();
  await scratch.drop();
});

describe("POST /api/v1/notifications limits", () => {
  it("refuses a 2 MB JSON notification without attachments with 413 naming the 1 MB limit", async () => {
    const refusal = await refused(() => postNotification({ ...notification, body: "x".repeat(2 * 1024 * 1024) }));
    expect(refusal.status).toBe(413);
    expect(refusal.message).toMatch(/more than the limit of 1 MB \(1,048,576 bytes\) for a notification without its attachments/);
  });

  it("refuses 100 KB of metadata with 400 naming metadata and its limit", async () => {
    const refusal = await refused(() => postNotification({ ...notification, metadata: { log: "x".repeat(100 * 1024) } }));
    expect(refusal).toEqual({ status: 400, message: "Invalid input: metadata: must be at most 64 KB as JSON (it is 100 KB)", fields: ["metadata"] });
  });

  it("refuses metadata nested 11 deep, though the body's depth limit allows it", async () => {
    let deep: unknown = {};
    for (let i = 0; i < 10; i++) deep = { level: deep };
    expect(await refused(() => postNotification({ ...notification, metadata: deep }))).toEqual({
      status: 400,
      message: "Invalid input: metadata: must nest at most 10 levels deep",
      fields: ["metadata"],
    });
  });

  it("refuses a body over 100,000 characters with 400 naming body", async () => {
    const refusal = await refused(() => postNotification({ ...notification, body: "x".repeat(100_001) }));
    expect(refusal).toMatchObject({ status: 400, message: expect.stringContaining("body: must be at most 100,000 characters"), fields: ["body"] });
  });

  it.each([1_000, 100_000])("refuses JSON nested %i deep with 400 naming the depth limit", async (depth) => {
    const refusal = await refused(() => postNotification(`{"metadata": ${nested(depth)}}`));
    expect(refusal).toEqual({ status: 400, message: "Request body nests arrays/objects deeper than 32 levels (the JSON depth limit)", fields: ["body"] });
  });

  it("refuses 25 attachments with 400 naming the count", async () => {
    const attachments = Array.from({ length: 25 }, (_, i) => ({ filename: `part-${i}.txt`, content_base64: "YQ==" }));
    expect(await refused(() => postNotification({ ...notification, attachments }))).toEqual({
      status: 400,
      message: "attachments: a notification may carry at most 20 attachments; this one has 25",
      fields: ["attachments"],
    });
  });

  it("still accepts a request past 1 MB when attachments make it so", async () => {
    const log = Buffer.alloc(1536 * 1024, "line\n");
    const response = await postNotification({ ...notification, attachments: [{ filename: "build.log", content_base64: log.toString("base64") }] });
    expect(response.status).toBe(202);
    expect((await response.json()).attachments[0]).toMatchObject({ filename: "build.log", size_bytes: log.length });
  });
});

describe("other REST JSON bodies", () => {
  it("refuses a 2 MB body with 413 naming the limit, and deep JSON with 400", async () => {
    const big = await refused(() => post(rulesRoute, "/api/v1/rules", JSON.stringify({ name: "x".repeat(2 * 1024 * 1024) })));
    expect(big).toEqual({ status: 413, message: "Request body is larger than 1 MB, the limit for a JSON request", fields: ["body"] });
    const deep = await refused(() => post(rulesRoute, "/api/v1/rules", nested(100_000)));
    expect(deep).toMatchObject({ status: 400, message: expect.stringContaining("deeper than 32 levels") });
  });

  it("refuses an event whose data nests 1,000 deep with 400 before it is stored; its 8 MB limit holds", async () => {
    const deep = await refused(() => post(eventsRoute, "/api/v1/events", `{"type": "job.failed", "data": {"trace": ${nested(1_000)}}}`));
    expect(deep).toMatchObject({ status: 400, message: expect.stringContaining("deeper than 32 levels") });
    const big = await refused(() => post(eventsRoute, "/api/v1/events", JSON.stringify({ type: "job.failed", message: "x".repeat(9 * 1024 * 1024) })));
    expect(big).toMatchObject({ status: 413, message: expect.stringContaining("larger than 8 MB") });
  });
});

describe("lists never load bodies or metadata", () => {
  let large: { id: number };

  beforeAll(async () => {
    const response = await postNotification({ ...notification, body: `Build log follows.\n${"x".repeat(90 * 1024)}`, metadata: { log: "m".repeat(60 * 1024) } });
    expect(response.status).toBe(202);
    large = await response.json();
  });

  it("GET /api/v1/notifications answers items without body or metadata, with a 200-character preview", async () => {
    const response = await notificationsRoute.GET(new Request("http://test/api/v1/notifications?page_size=200", { headers: { authorization: `Bearer ${key}` } }), {
      params: Promise.resolve({}),
    });
    const text = await response.text();
    // One item is about 600 bytes; the 90 KB body and 60 KB metadata were not read.
    expect(text.length).toBeLessThan(8 * 1024);
    const item = JSON.parse(text).data.find((row: { id: number }) => row.id === large.id);
    expect(item).not.toHaveProperty("body");
    expect(item).not.toHaveProperty("metadata");
    expect(item.body_preview).toBe(`Build log follows.\n${"x".repeat(200 - 19)}`);
    expect(item).toMatchObject({ subject: notification.subject, recipient_email: notification.recipient_email, status: "pending" });
  });

  it("the list query reads the listed columns and the preview only", async () => {
    const page = await listNotifications({ page_size: 200 });
    const row = page.items.find((item) => item.id === large.id);
    expect(Object.keys(row ?? {}).sort()).toEqual(
      [
        "bodyPreview", "cancelledAt", "cancelledBy", "channel", "createdAt", "deliverAfter", "errorMessage", "eventId", "id", "jobRunId",
        "notificationType", "priority", "providerMessageId", "recipientEmail", "retryCount", "sentAt", "status", "subject", "updatedAt",
      ].sort(),
    );
    expect(row?.bodyPreview).toHaveLength(200);
  });

  it("GET /api/v1/notifications/:id still has everything", async () => {
    const response = await notificationRoute.GET(new Request(`http://test/api/v1/notifications/${large.id}`, { headers: { authorization: `Bearer ${key}` } }), {
      params: Promise.resolve({ id: String(large.id) }),
    });
    const detail = await response.json();
    expect(detail.body).toHaveLength(19 + 90 * 1024);
    expect(detail.metadata.log).toHaveLength(60 * 1024);
  });

  it("the notifications list procedure answers the same small rows", async () => {
    const viewer = await createUser({ email: "viewer@example.com", role: "VIEWER", password: "viewer-password" });
    const page = await createCaller({ user: viewer }).notifications.list({ page_size: 200 });
    const item = page.items.find((row) => row.id === large.id);
    expect(item).toBeDefined();
    expect(item).not.toHaveProperty("body");
    expect(item).not.toHaveProperty("metadata");
    expect(item?.body_preview).toHaveLength(200);
    expect(JSON.stringify(page).length).toBeLessThan(8 * 1024);
  });
});
