import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors/app-error";
import { readNotificationRequest } from "./read-notification-request";

const notification = { recipient_email: "ops@example.com", subject: "Build failed", body: "See the log.", notification_type: "job_failed" };

const postJson = (body: unknown) =>
  new Request("http://test/api/v1/notifications", { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });

const postForm = (form: FormData) => new Request("http://test/api/v1/notifications", { method: "POST", body: form });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readNotificationRequest, JSON", () => {
  it("separates base64 attachments from the notification", async () => {
    const log = Buffer.from("line 1\nline 2\n");
    const result = await readNotificationRequest(
      postJson({ ...notification, attachments: [{ filename: "build.log", content_base64: log.toString("base64"), compress: "gzip", tail_lines: 1 }] }),
    );
    expect(result.body).toEqual(notification);
    expect(result.attachments).toEqual([{ field: "attachments[0]", filename: "build.log", contentType: undefined, content: log, compress: "gzip", tailLines: 1 }]);
  });

  it("passes a body without attachments through untouched", async () => {
    expect(await readNotificationRequest(postJson(notification))).toEqual({ body: notification, attachments: [] });
    expect(await readNotificationRequest(postJson({ ...notification, attachments: null }))).toEqual({ body: { ...notification, attachments: null }, attachments: [] });
  });

  it.each([
    ["garbage base64", { filename: "a.log", content_base64: "not base64!" }, "attachments[0].content_base64"],
    ["a path as file name", { filename: "../etc/passwd", content_base64: "" }, "attachments[0].filename"],
    ["a header in the content type", { filename: "a.log", content_type: "text/plain\r\nBcc: x@example.com", content_base64: "" }, "attachments[0].content_type"],
    ["an unknown compression", { filename: "a.log", content_base64: "", compress: "zip" }, "attachments[0].compress"],
    ["zero tail lines", { filename: "a.log", content_base64: "", tail_lines: 0 }, "attachments[0].tail_lines"],
  ])("refuses %s with 400 naming the field", async (_label, attachment, field) => {
    const error = await refusal(readNotificationRequest(postJson({ ...notification, attachments: [{ filename: "ok.log", content_base64: "" }, attachment] })));
    expect(error.status).toBe(400);
    const named = field.replace("[0]", "[1]");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual([named]);
    expect(error.message).toContain(named);
  });

  it("refuses attachments that are not an array", async () => {
    const error = await refusal(readNotificationRequest(postJson({ ...notification, attachments: "build.log" })));
    expect(error.fieldErrors).toEqual({ attachments: ["must be an array"] });
  });

  it("refuses bad JSON as readJsonBody does", async () => {
    const error = await refusal(readNotificationRequest(postJson("{not json")));
    expect(error.message).toMatch(/^Request body is not valid JSON/);
    expect(error.fieldErrors).toEqual({ body: ["is not valid JSON"] });
  });
});

describe("readNotificationRequest, multipart", () => {
  it("reads the notification from `payload` and every file part as an attachment", async () => {
    const form = new FormData();
    form.append("payload", JSON.stringify(notification));
    form.append("attachments", new File([Buffer.from([0, 1, 2, 255])], "core.bin", { type: "application/x-core" }));
    form.append("log", new File(["a\nb\n"], "build.log", { type: "application/octet-stream" }));
    form.append("tail_lines", "1");
    form.append("compress", "gzip");
    const result = await readNotificationRequest(postForm(form));
    expect(result.body).toEqual(notification);
    expect(result.attachments).toEqual([
      { field: "attachments[0]", filename: "core.bin", contentType: "application/x-core", content: Buffer.from([0, 1, 2, 255]), compress: "gzip", tailLines: 1 },
      // octet-stream says nothing, so the extension decides later.
      { field: "attachments[1]", filename: "build.log", contentType: undefined, content: Buffer.from("a\nb\n"), compress: "gzip", tailLines: 1 },
    ]);
  });

  it("accepts the notification as individual fields, metadata as JSON", async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries(notification)) form.append(name, value);
    form.append("metadata", JSON.stringify({ job_name: "build" }));
    form.append("attachments", new File(["x"], "x.txt"));
    const result = await readNotificationRequest(postForm(form));
    expect(result.body).toEqual({ ...notification, metadata: { job_name: "build" } });
    expect(result.attachments).toHaveLength(1);
  });

  it("numbers file parts after base64 attachments in the payload", async () => {
    const form = new FormData();
    form.append("payload", JSON.stringify({ ...notification, attachments: [{ filename: "a.txt", content_base64: "YQ==" }] }));
    form.append("attachments", new File(["b"], "b.txt"));
    const result = await readNotificationRequest(postForm(form));
    expect(result.attachments.map((a) => [a.field, a.filename, a.content.toString()])).toEqual([
      ["attachments[0]", "a.txt", "a"],
      ["attachments[1]", "b.txt", "b"],
    ]);
  });

  it.each([
    ["bad JSON in payload", (form: FormData) => form.append("payload", "{nope"), "payload"],
    ["a payload that is not an object", (form: FormData) => form.append("payload", "[1]"), "payload"],
    ["bad JSON in metadata", (form: FormData) => form.append("metadata", "{nope"), "metadata"],
    ["a non-numeric tail_lines", (form: FormData) => form.append("tail_lines", "many"), "tail_lines"],
    ["a file name with a path", (form: FormData) => form.append("attachments", new File(["x"], "logs\\build.log")), "attachments[0].filename"],
  ])("refuses %s with 400 naming the field", async (_label, add, field) => {
    const form = new FormData();
    add(form);
    const error = await refusal(readNotificationRequest(postForm(form)));
    expect(error.status).toBe(400);
    expect(Object.keys(error.fieldErrors ?? {})).toEqual([field]);
  });

  it("refuses a broken multipart body with 400", async () => {
    const request = new Request("http://test/", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "garbage" });
    const error = await refusal(readNotificationRequest(request));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/not valid multipart\/form-data/);
  });
});

describe("readNotificationRequest, limits", () => {
  const file = { filename: "a.txt", content_base64: "YQ==" };

  it("refuses a JSON notification over 1 MB without attachments with 413 naming the limit", async () => {
    const error = await refusal(readNotificationRequest(postJson({ ...notification, body: "x".repeat(2 * 1024 * 1024) })));
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/^Request body is 2,097,2\d\d bytes, more than the limit of 1 MB \(1,048,576 bytes\) for a notification without its attachments; send large logs as attachments$/);
  });

  it("lets attachments take the request past 1 MB: their own limits apply", async () => {
    const log = Buffer.alloc(1536 * 1024, "a");
    const result = await readNotificationRequest(postJson({ ...notification, attachments: [{ filename: "build.log", content_base64: log.toString("base64") }] }));
    expect(result.attachments[0]?.content.length).toBe(log.length);
  });

  it("still holds the notification's own fields to 1 MB when attachments come with it", async () => {
    const error = await refusal(readNotificationRequest(postJson({ ...notification, body: "x".repeat(1_100_000), attachments: [file] })));
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/^The notification without its attachments is 1,100,\d{3} bytes, more than the limit of 1 MB/);
  });

  it.each([
    ["JSON", () => postJson({ ...notification, attachments: Array.from({ length: 25 }, () => file) })],
    [
      "multipart",
      () => {
        const form = new FormData();
        form.append("payload", JSON.stringify({ ...notification, attachments: Array.from({ length: 5 }, () => file) }));
        for (let i = 0; i < 20; i++) form.append("attachments", new File(["x"], `part-${i}.txt`));
        return postForm(form);
      },
    ],
  ])("refuses 25 attachments (%s) with 400 naming the count", async (_label, request) => {
    const error = await refusal(readNotificationRequest(request()));
    expect(error.status).toBe(400);
    expect(error.message).toBe("attachments: a notification may carry at most 20 attachments; this one has 25");
    expect(error.fieldErrors).toEqual({ attachments: ["must hold at most 20 files"] });
  });

  it("accepts 20 attachments", async () => {
    expect((await readNotificationRequest(postJson({ ...notification, attachments: Array.from({ length: 20 }, () => file) }))).attachments).toHaveLength(20);
  });

  it("refuses JSON nested deeper than 32 levels, in the body or a multipart field", async () => {
    const deep = "[".repeat(1_000) + "]".repeat(1_000);
    expect((await refusal(readNotificationRequest(postJson(`{"metadata": ${deep}}`)))).fieldErrors).toEqual({ body: [expect.stringContaining("32 levels")] });
    const form = new FormData();
    form.append("payload", JSON.stringify(notification));
    form.append("metadata", deep);
    expect((await refusal(readNotificationRequest(postForm(form)))).fieldErrors).toEqual({ metadata: [expect.stringContaining("32 levels")] });
  });
});
