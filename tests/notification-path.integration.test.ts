import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// The walking skeleton's path, minus the browser: REST handler -> row + job in
// one transaction -> real worker -> real SMTP server -> DeliveryAttempt + status.
const scratch = await createScratchDatabase();
const smtp = await startCaptureSmtp({
  onRcptTo(address, _session, callback) {
    if (address.address.startsWith("nobody@")) return callback(Object.assign(new Error("5.1.1 <nobody@example.com>: Recipient address rejected: User unknown"), { responseCode: 550 }));
    callback();
  },
});
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = smtp.url;

const { db, disconnectDb } = await import("@/server/db/client");
const { API_KEY_CACHE_MS, createApiKey, revokeApiKey } = await import("@/server/auth/api-keys");
const { startWorker } = await import("../worker/start-worker");
const notificationsRoute = await import("@/app/api/v1/notifications/route");
const notificationRoute = await import("@/app/api/v1/notifications/[id]/route");

let worker: Awaited<ReturnType<typeof startWorker>>;
let writeKey: string;
let readOnlyKey: string;

function post(body: unknown, headers: Record<string, string> = {}) {
  const request = new Request("http://test/api/v1/notifications", {
    method: "POST",
    headers: { authorization: `Bearer ${writeKey}`, "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return notificationsRoute.POST(request, { params: Promise.resolve({}) });
}

const validBody = {
  recipient_email: "oncall@example.com",
  subject: "Backup finished",
  body: "Nightly backup of db-01 completed.",
  notification_type: "job_completed",
  job_run_id: 4711,
  priority: "high",
  metadata: { job_name: "nightly-backup", host: "db-01", status: "success" },
};

beforeAll(async () => {
  writeKey = (await createApiKey({ name: "executor", scopes: ["notifications:write", "notifications:read"] })).secret;
  readOnlyKey = (await createApiKey({ name: "reader", scopes: ["notifications:read"] })).secret;
  worker = await startWorker({ concurrency: 2, pollInterval: 200 });
});

afterAll(async () => {
  await worker?.stop();
  await disconnectDb();
  await smtp.stop();
  await scratch.drop();
});

describe("POST /api/v1/notifications", () => {
  it("accepts a notification, delivers it by SMTP and records the attempt", async () => {
    const response = await post(validBody);
    expect(response.status).toBe(202);
    const created = await response.json();
    expect(created).toMatchObject({ id: expect.any(Number), status: "pending", recipient_email: "oncall@example.com", job_run_id: "4711", priority: "high" });

    const sent = await waitFor(async () => {
      const row = await db().notification.findUnique({ where: { id: created.id } });
      return row?.status === "SENT" && row;
    }, 20_000, "notification to be SENT");
    expect(sent.providerMessageId).toMatch(/^<notification-\d+\./);
    expect(sent.sentAt).toBeInstanceOf(Date);

    const message = smtp.messages.find((m) => m.parsed.messageId === sent.providerMessageId);
    expect(message?.envelope.to).toEqual(["oncall@example.com"]);
    expect(message?.parsed.subject).toContain("Backup finished");
    expect(message?.parsed.html).toContain("nightly-backup");
    expect(message?.parsed.text).toContain("Nightly backup of db-01 completed.");
    expect(message?.raw.match(/^Content-Transfer-Encoding: base64$/gm)).toHaveLength(2);

    const attempts = await db().deliveryAttempt.findMany({ where: { notificationId: created.id } });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ attemptNumber: 1, outcome: "DELIVERED" });
    expect(attempts[0]?.response).toContain("Queued as TEST123");

    const detail = await notificationRoute.GET(
      new Request(`http://test/api/v1/notifications/${created.id}`, { headers: { authorization: `Bearer ${readOnlyKey}` } }),
      { params: Promise.resolve({ id: String(created.id) }) },
    );
    const resource = await detail.json();
    expect(resource).toMatchObject({ id: created.id, status: "sent", retry_count: 0, error_message: null });
    expect(resource.attempts[0]).toMatchObject({ attempt_number: 1, outcome: "delivered" });
  });

  it("marks a notification FAILED with the server's reply when the recipient is refused", async () => {
    const response = await post({ ...validBody, recipient_email: "nobody@example.com" });
    const { id } = await response.json();
    const failed = await waitFor(async () => {
      const row = await db().notification.findUnique({ where: { id } });
      return row?.status === "FAILED" && row;
    }, 20_000, "notification to be FAILED");
    expect(failed.errorMessage).toMatch(/550/);
    expect(failed.errorMessage).toMatch(/User unknown/);
  });

  it("returns the first result for a repeated Idempotency-Key and creates nothing", async () => {
    const headers = { "idempotency-key": "run-4711-done" };
    const first = await (await post(validBody, headers)).json();
    const second = await post({ ...validBody, metadata: { status: "success", host: "db-01", job_name: "nightly-backup" } }, headers);
    expect(second.status).toBe(202);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect((await second.json()).id).toBe(first.id);
    expect(await db().notification.count({ where: { idempotencyKey: "run-4711-done" } })).toBe(1);
  });

  it("refuses the same Idempotency-Key with a different body (422) instead of replaying silently", async () => {
    const headers = { "idempotency-key": "run-4712-done" };
    const first = await (await post(validBody, headers)).json();
    const other = await post({ ...validBody, subject: "A different notification" }, headers);
    expect(other.status).toBe(422);
    const body = await other.json();
    expect(body.error).toMatchObject({ code: "unprocessable", fields: { "Idempotency-Key": [expect.any(String)] } });
    expect(body.error.message).toContain(String(first.id));
    expect(await db().notification.count({ where: { idempotencyKey: "run-4712-done" } })).toBe(1);
  });

  it.each([
    ["bad JSON", "{not json", 400, /not valid JSON/],
    ["a missing subject", { ...validBody, subject: undefined }, 400, /subject/],
    ["a bad email", { ...validBody, recipient_email: "not-an-email" }, 400, /recipient_email: must be a valid email address/],
    ["an unknown priority", { ...validBody, priority: "urgent" }, 400, /priority must be one of low, normal, high, critical/],
  ])("refuses %s with 400 naming the problem and stores nothing", async (_label, body, status, message) => {
    const before = await db().notification.count();
    const response = await post(body);
    expect(response.status).toBe(status);
    expect((await response.json()).error.message).toMatch(message);
    expect(await db().notification.count()).toBe(before);
  });

  it("refuses unknown keys (401), revoked keys and missing scopes (403)", async () => {
    expect((await post(validBody, { authorization: "Bearer onk_unknown" })).status).toBe(401);
    expect((await post(validBody, { authorization: "" })).status).toBe(401);
    expect((await post(validBody, { authorization: `Bearer ${readOnlyKey}` })).status).toBe(403);
    const revoked = await createApiKey({ name: "old-executor", scopes: ["notifications:write"] });
    await revokeApiKey("old-executor");
    const response = await post(validBody, { authorization: `Bearer ${revoked.secret}` });
    expect(response.status).toBe(403);
    expect((await response.json()).error.message).toMatch(/revoked/);
  });

  it("refuses a key at once when this process revokes it, and within the cache time when another does", async () => {
    const key = await createApiKey({ name: "rotated-executor", scopes: ["notifications:write"] });
    const postAs = (secret: string) => post(validBody, { authorization: `Bearer ${secret}` });
    expect((await postAs(key.secret)).status).toBe(202);
    await revokeApiKey("rotated-executor");
    expect((await postAs(key.secret)).status).toBe(403);

    const other = await createApiKey({ name: "revoked-elsewhere", scopes: ["notifications:write"] });
    expect((await postAs(other.secret)).status).toBe(202);
    // What the CLI or another web instance does: this process is not told.
    await db().apiKey.update({ where: { id: other.id }, data: { revokedAt: new Date() } });
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + API_KEY_CACHE_MS + 1 });
    try {
      expect((await postAs(other.secret)).status).toBe(403);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("GET /api/v1/notifications", () => {
  it("lists newest first with snake_case fields, paginated and filtered", async () => {
    const list = (query: string) =>
      notificationsRoute.GET(new Request(`http://test/api/v1/notifications?${query}`, { headers: { authorization: `Bearer ${readOnlyKey}` } }), {
        params: Promise.resolve({}),
      });
    const page = await (await list("page=1&page_size=2")).json();
    expect(page.data).toHaveLength(2);
    expect(page.page_size).toBe(2);
    expect(page.data[0].id).toBeGreaterThan(page.data[1].id);
    expect(Object.keys(page.data[0])).toEqual(expect.arrayContaining(["recipient_email", "notification_type", "sent_at", "created_at", "retry_count"]));
    const failed = await (await list("status=failed")).json();
    expect(failed.data.every((n: { status: string }) => n.status === "failed")).toBe(true);
    expect((await list("status=bogus")).status).toBe(400);
  });
});
