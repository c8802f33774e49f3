import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors/app-error";
import { prepareAttachments, type TAttachmentUpload } from "./prepare-attachments";

const limits = { maxFileBytes: 1000, maxMessageBytes: 1500 };
const upload = (overrides: Partial<TAttachmentUpload> = {}): TAttachmentUpload => ({
  field: "attachments[0]",
  filename: "build.log",
  content: Buffer.from("one\ntwo\nthree\n"),
  ...overrides,
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("prepareAttachments", () => {
  it("stores a file as given, with a type from its extension", async () => {
    const [attachment] = await prepareAttachments([upload()], limits);
    expect(attachment).toEqual({
      filename: "build.log",
      contentType: "text/plain",
      content: Buffer.from("one\ntwo\nthree\n"),
      sizeBytes: 14,
      originalSizeBytes: 14,
      transform: null,
    });
  });

  it("keeps the caller's content type, and falls back to application/octet-stream", async () => {
    const [given, unknown] = await prepareAttachments(
      [upload({ contentType: "text/x-log" }), upload({ filename: "core.dump", field: "attachments[1]" })],
      limits,
    );
    expect(given?.contentType).toBe("text/x-log");
    expect(unknown?.contentType).toBe("application/octet-stream");
  });

  it("gzips: name + .gz, application/gzip, round-trips", async () => {
    const log = Buffer.from("x".repeat(5000));
    const [attachment] = await prepareAttachments([upload({ content: log, compress: "gzip" })], limits);
    expect(attachment).toMatchObject({ filename: "build.log.gz", contentType: "application/gzip", originalSizeBytes: 5000, transform: "gzip" });
    expect(attachment?.sizeBytes).toBeLessThan(1000);
    expect(gunzipSync(attachment!.content)).toEqual(log);
  });

  it("keeps the last lines, then gzips when asked for both", async () => {
    const [tail, both] = await prepareAttachments([upload({ tailLines: 2 }), upload({ tailLines: 2, compress: "gzip" })], limits);
    expect(tail).toMatchObject({ content: Buffer.from("two\nthree\n"), sizeBytes: 10, originalSizeBytes: 14, transform: "tail:2/3" });
    expect(both).toMatchObject({ filename: "build.log.gz", transform: "tail:2/3+gzip" });
    expect(gunzipSync(both!.content).toString()).toBe("two\nthree\n");
  });

  it("records no tail when the file is already short enough", async () => {
    const [attachment] = await prepareAttachments([upload({ tailLines: 10 })], limits);
    expect(attachment?.transform).toBeNull();
  });

  it("refuses a file over the per-file limit, naming the file and the setting", async () => {
    const error = await refusal(prepareAttachments([upload({ content: Buffer.alloc(2048) })], limits));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/^Attachment "build\.log" is 2 KB; the limit per file is 1000 bytes \(ATTACHMENT_MAX_FILE_BYTES\)/);
    expect(error.fieldErrors).toHaveProperty(["attachments[0]"]);
  });

  it("measures the limit after compression", async () => {
    const [attachment] = await prepareAttachments([upload({ content: Buffer.alloc(50_000), compress: "gzip" })], limits);
    expect(attachment?.sizeBytes).toBeLessThan(1000);
  });

  it("refuses attachments that together pass the per-message limit", async () => {
    const files = [0, 1].map((i) => upload({ field: `attachments[${i}]`, content: Buffer.alloc(800) }));
    const error = await refusal(prepareAttachments(files, limits));
    expect(error.message).toBe("The attachments total 1.6 KB; the limit per message is 1.5 KB (ATTACHMENT_MAX_MESSAGE_BYTES)");
  });

  it("refuses more than 20 files, whoever calls", async () => {
    const error = await refusal(prepareAttachments(Array.from({ length: 21 }, (_, i) => upload({ field: `attachments[${i}]` })), limits));
    expect(error.status).toBe(400);
    expect(error.fieldErrors).toEqual({ attachments: ["must hold at most 20 files"] });
  });
});
