import { randomBytes } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";

// Attachments through the REST handler into the database: both request forms,
// the transforms, and every refusal leaving nothing behind. Small limits so the
// 413s need only kilobytes.
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;
process.env.ATTACHMENT_MAX_FILE_BYTES = String(16 * 1024);
process.env.ATTACHMENT_MAX_MESSAGE_BYTES = String(24 * 1024);

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const notificationsRoute = await import("@/app/api/v1/notifications/route");

let writeKey: string;

const notification = {
  recipient_email: "oncall@example.com",
  subject: "Build 812 failed",
  body: "The nightly build failed; the log is attached.",
  notification_type: "job_failed",
};

function send(body: BodyInit, headers: Record<string, string> = {}) {
  const request = new Request("http://test/api/v1/notifications", { method: "POST", headers: { authorization: `Bearer ${writeKey}`, ...headers }, body });
  return notificationsRoute.POST(request, { params: Promise.resolve({}) });
}

const postJson = (body: unknown, headers: Record<string, string> = {}) => send(JSON.stringify(body), { "content-type": "application/json", ...headers });

const base64 = (bytes: Buffer) => bytes.toString("base64");

async function storedAttachments(notificationId: number) {
  return db().notificationAttachment.findMany({ where: { notificationId }, orderBy: { id: "asc" } });
}

async function counts() {
  return { notifications: await db().notification.count(), attachments: await db().notificationAttachment.count() };
}

beforeAll(async () => {
  writeKey = (await createApiKey({ name: "executor", scopes: ["notifications:write", "notifications:read"] })).secret;
});

afterAll(async () => {
  await disconnectDb();
  await scratch.drop();
});

describe("attachments on POST /api/v1/notifications", () => {
  it("stores a base64 JSON attachment byte for byte", async () => {
    const bytes = randomBytes(4096);
    const response = await postJson({ ...notification, attachments: [{ filename: "core.bin", content_base64: base64(bytes) }] });
    expect(response.status).toBe(202);
    const created = await response.json();
    expect(created.attachments).toEqual([
      { filename: "core.bin", content_type: "application/octet-stream", size_bytes: 4096, original_size_bytes: 4096, transform: null },
    ]);
    const [row] = await storedAttachments(created.id);
    expect(Buffer.from(row!.content).equals(bytes)).toBe(true);
    expect(row).toMatchObject({ filename: "core.bin", sizeBytes: 4096, originalSizeBytes: 4096, transform: null });
  });

  it("stores files uploaded as multipart/form-data", async () => {
    const log = Buffer.from("step 1 ok\nstep 2 failed\n");
    const png = randomBytes(1000);
    const form = new FormData();
    form.append("payload", JSON.stringify(notification));
    form.append("attachments", new File([log], "build.log", { type: "text/plain" }));
    form.append("attachments", new File([png], "screenshot.png"));
    const response = await send(form);
    expect(response.status).toBe(202);
    const created = await response.json();
    expect(created).toMatchObject({ subject: notification.subject, recipient_email: notification.recipient_email });
    const rows = await storedAttachments(created.id);
    expect(rows.map((row) => [row.filename, row.contentType])).toEqual([
      ["build.log", "text/plain"],
      ["screenshot.png", "image/png"],
    ]);
    expect(Buffer.from(rows[0]!.content).equals(log)).toBe(true);
    expect(Buffer.from(rows[1]!.content).equals(png)).toBe(true);
  });

  it("gzips on request, and the stored file gunzips to the original", async () => {
    // Far over the 16 KB per-file limit as sent, well under it compressed.
    const log = Buffer.from(Array.from({ length: 4000 }, (_, i) => `[12:00:${i % 60}] compiling module ${i}`).join("\n"));
    const response = await postJson({ ...notification, attachments: [{ filename: "build.log", content_base64: base64(log), compress: "gzip" }] });
    expect(response.status).toBe(202);
    const [row] = await storedAttachments((await response.json()).id);
    expect(row).toMatchObject({ filename: "build.log.gz", contentType: "application/gzip", originalSizeBytes: log.length, transform: "gzip" });
    expect(gunzipSync(row!.content).equals(log)).toBe(true);
  });

  it("keeps only the last lines with tail_lines, and says how many there were", async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `line ${i + 1}`);
    const form = new FormData();
    form.append("payload", JSON.stringify(notification));
    form.append("tail_lines", "3");
    form.append("log", new File([lines.join("\n") + "\n"], "build.log"));
    const response = await send(form);
    expect(response.status).toBe(202);
    const created = await response.json();
    expect(created.attachments[0]).toMatchObject({ filename: "build.log", transform: "tail:3/2000" });
    const [row] = await storedAttachments(created.id);
    expect(Buffer.from(row!.content).toString()).toBe("line 1998\nline 1999\nline 2000\n");
    expect(row!.contentType).toBe("text/plain");
  });

  it("stores attachments once when an Idempotency-Key repeats", async () => {
    const body = { ...notification, attachments: [{ filename: "a.txt", content_base64: base64(Buffer.from("a")) }] };
    const headers = { "idempotency-key": "build-812-failed" };
    const first = await (await postJson(body, headers)).json();
    const replay = await postJson(body, headers);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    const replayed = await replay.json();
    expect(replayed.id).toBe(first.id);
    expect(replayed.attachments).toEqual(first.attachments);
    expect(await storedAttachments(first.id)).toHaveLength(1);
  });
});

describe("refused attachments store nothing", () => {
  const refusals: [string, () => Promise<Response>, number, RegExp, string?][] = [
    [
      "a file over the per-file limit",
      () => postJson({ ...notification, attachments: [{ filename: "build.log", content_base64: base64(randomBytes(20 * 1024)) }] }),
      413,
      /^Attachment "build\.log" is 20 KB; the limit per file is 16 KB \(ATTACHMENT_MAX_FILE_BYTES\)/,
      "attachments[0]",
    ],
    [
      "an uploaded file over the per-file limit",
      () => {
        const form = new FormData();
        form.append("payload", JSON.stringify(notification));
        form.append("attachments", new File([randomBytes(17 * 1024)], "dump.bin"));
        return send(form);
      },
      413,
      /ATTACHMENT_MAX_FILE_BYTES/,
      "attachments[0]",
    ],
    [
      "files together over the per-message limit",
      () =>
        postJson({
          ...notification,
          attachments: [0, 1].map((i) => ({ filename: `part-${i}.bin`, content_base64: base64(randomBytes(15 * 1024)) })),
        }),
      413,
      /^The attachments total 30 KB; the limit per message is 24 KB \(ATTACHMENT_MAX_MESSAGE_BYTES\)$/,
      "attachments",
    ],
    [
      "a request body far beyond what the limits allow",
      () => postJson({ ...notification, attachments: [{ filename: "huge.bin", content_base64: "A".repeat(1_200_000) }] }),
      413,
      /ATTACHMENT_MAX_MESSAGE_BYTES/,
    ],
    [
      "garbage base64",
      () => postJson({ ...notification, attachments: [{ filename: "build.log", content_base64: "%%% not base64 %%%" }] }),
      400,
      /attachments\[0\]\.content_base64: must be standard base64/,
      "attachments[0].content_base64",
    ],
    [
      "a valid attachment on an invalid notification",
      () => postJson({ ...notification, recipient_email: "nope", attachments: [{ filename: "a.txt", content_base64: base64(Buffer.from("a")) }] }),
      400,
      /recipient_email/,
      "recipient_email",
    ],
  ];

  it.each(refusals)("refuses %s", async (_label, request, status, message, field) => {
    const before = await counts();
    const response = await request();
    expect(response.status).toBe(status);
    const { error } = await response.json();
    expect(error.message).toMatch(message);
    if (field) expect(Object.keys(error.fields)).toEqual([field]);
    expect(await counts()).toEqual(before);
  });
});
