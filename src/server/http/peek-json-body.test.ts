import { describe, expect, it } from "vitest";
import { peekJsonBody } from "./peek-json-body";

const post = (body: BodyInit) => new Request("http://test/internal/notifications", { method: "POST", headers: { "content-type": "application/json" }, body, duplex: "half" } as RequestInit);

describe("peekJsonBody", () => {
  it("reads a clone, so the request can still be read", async () => {
    const request = post('{"type":"job.failed"}');
    expect(await peekJsonBody(request, 100)).toEqual({ type: "job.failed" });
    expect(await request.json()).toEqual({ type: "job.failed" });
  });

  it("answers null for bad or too deeply nested JSON", async () => {
    expect(await peekJsonBody(post("{nope"), 100)).toBeNull();
    expect(await peekJsonBody(post("[".repeat(50) + "]".repeat(50)), 1000)).toBeNull();
  });

  it("refuses a body over the limit with 413 without reading it whole", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    await expect(peekJsonBody(post(endless), 10 * 1024)).rejects.toMatchObject({ status: 413, message: "Request body is larger than 10 KB, the limit of this route" });
    expect(pulled).toBeLessThan(20);
  });
});
