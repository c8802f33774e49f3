import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors/app-error";
import { readLimitedBody } from "./read-limited-body";
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

describe("readLimitedBody", () => {
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", "too large");

  it("refuses a declared length over the limit without reading", async () => {
    const request = new Request("http://test/", { method: "POST", headers: { "content-length": "11" }, body: "x".repeat(11) });
    await expect(readLimitedBody(request, 10, tooLarge)).rejects.toThrow("too large");
    expect(request.bodyUsed).toBe(false);
  });

  it("stops reading a chunked body once it passes the limit", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(4));
      },
    });
    const request = new Request("http://test/", { method: "POST", body, duplex: "half" } as RequestInit);
    await expect(readLimitedBody(request, 10, tooLarge)).rejects.toThrow("too large");
    expect(pulled).toBeLessThan(10);
  });

  it("returns the bytes of a body within the limit", async () => {
    const request = new Request("http://test/", { method: "POST", body: "0123456789" });
    expect((await readLimitedBody(request, 10, tooLarge)).toString()).toBe("0123456789");
  });
});
