import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors/app-error";
import { readLimitedBody } from "./read-limited-body";

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
