import { randomBytes } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// Attachments from the REST call to the inbox: the worker loads the stored
// files and sends them with the email, the same bytes on every attempt.
const scratch = await createScratchDatabase();
let refusedOnce = false;
const smtp = await startCaptureSmtp({
  onRcptTo(address, _session, callback) {
    // The first try for retry@ fails transiently, so the second attempt must reload the stored files.
    if (address.address.startsWith("retry@") && !refusedOnce) {
      refusedOnce = true;
      return callback(Object.assign(new Error("4.3.2 Please try again later"), { responseCode: 451 }));
    }
    callback();
  },
});
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = smtp.url;
process.env.DELIVERY_RETRY_SCHEDULE = "1s,1s";

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { startWorker } = await import("../worker/start-worker");
const notificationsRoute = await import("@/app/api/v1/notifications/route");

let worker: Awaited<ReturnType<typeof startWorker>>;
let writeKey: string;

function postForm(form: FormData) {
  const request = new Request("http://test/api/v1/notifications", { method: "POST", headers: { authorization: `Bearer ${writeKey}` }, body: form });
  return notificationsRoute.POST(request, { params: Promise.resolve({}) });
}

function failedBuild(recipient: string, files: { core: Buffer<ArrayBuffer>; log: string }) {
  const form = new FormData();
  form.append("payload", JSON.stringify({ recipient_email: recipient, subject: "Build 812 failed", body: "Log and core dump attached.", notification_type: "job_failed" }));
  form.append("attachments", new File([files.core], "core.bin"));
  form.append("attachments", new File([files.log], "build.log", { type: "text/plain" }));
  form.append("tail_lines", "500");
  form.append("compress", "gzip");
  return form;
}

async function sentNotification(id: number) {
  return waitFor(async () => {
    const row = await db().notification.findUnique({ where: { id } });
    return row?.status === "SENT" && row;
  }, 30_000, `notification ${id} to be SENT`);
}

const logLines = Array.from({ length: 120_345 }, (_, i) => `[build] step ${i + 1} ok`);
const log = logLines.join("\n") + "\n";
const lastLines = logLines.slice(-500).join("\n") + "\n";

beforeAll(async () => {
  writeKey = (await createApiKey({ name: "executor", scopes: ["notifications:write"] })).secret;
  worker = await startWorker({ concurrency: 2, pollInterval: 200 });
});

afterAll(async () => {
  await worker?.stop();
  await disconnectDb();
  await smtp.stop();
  await scratch.drop();
});

describe("attachments in the delivered email", () => {
  it("sends the stored files with identical bytes and notes the truncation", async () => {
    const core = randomBytes(5000);
    const response = await postForm(failedBuild("oncall@example.com", { core, log }));
    expect(response.status).toBe(202);
    const sent = await sentNotification((await response.json()).id);

    const message = smtp.messages.find((m) => m.parsed.messageId === sent.providerMessageId);
    const attachments = message?.parsed.attachments ?? [];
    expect(attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ["core.bin.gz", "application/gzip"],
      ["build.log.gz", "application/gzip"],
    ]);
    expect(gunzipSync(attachments[0]!.content).equals(core)).toBe(true);
    expect(gunzipSync(attachments[1]!.content).toString()).toBe(lastLines);

    const stored = await db().notificationAttachment.findMany({ where: { notificationId: sent.id }, orderBy: { id: "asc" } });
    expect(attachments.map((a) => a.content.toString("base64"))).toEqual(stored.map((row) => Buffer.from(row.content).toString("base64")));
    for (const part of [message?.parsed.text ?? "", message?.parsed.html || ""]) {
      expect(part).toContain("build.log was truncated to its last 500 lines (of 120,345) and gzip-compressed.");
      expect(part).toContain("core.bin.gz");
    }
  });

  it("sends the same bytes again on a retry", async () => {
    const core = randomBytes(3000);
    const response = await postForm(failedBuild("retry@example.com", { core, log }));
    const sent = await sentNotification((await response.json()).id);
    expect(await db().deliveryAttempt.count({ where: { notificationId: sent.id } })).toBe(2);

    const message = smtp.messages.find((m) => m.parsed.messageId === sent.providerMessageId);
    const attachments = message?.parsed.attachments ?? [];
    expect(attachments).toHaveLength(2);
    expect(gunzipSync(attachments[0]!.content).equals(core)).toBe(true);
    expect(gunzipSync(attachments[1]!.content).toString()).toBe(lastLines);
  });
});
