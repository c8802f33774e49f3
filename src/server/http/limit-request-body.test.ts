import { describe, expect, it } from "vitest";
import { limitRequestBody } from "./limit-request-body";

const limits = { maxBytes: 100, maxDepth: 4 };

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://test/api/trpc/x", { method: "POST", headers: { "content-type": "application/json", ...headers }, body, duplex: "half" } as RequestInit);

async function readError(request: Request): Promise<unknown> {
  return request.text().then(() => null, (error: unknown) => error);
}

describe("limitRequestBody", () => {
  it("passes a body within the limits through unchanged, with method, headers and URL", async () => {
    const limited = limitRequestBody(post('{"a":[1,2]}', { "x-trace": "1" }), limits);
    expect(limited.method).toBe("POST");
    expect(limited.url).toBe("http://test/api/trpc/x");
    expect(limited.headers.get("x-trace")).toBe("1");
    expect(await limited.json()).toEqual({ a: [1, 2] });
  });

  it("returns a request without a body as it is", () => {
    const get = new Request("http://test/api/trpc/x?input=%7B%7D");
    expect(limitRequestBody(get, limits)).toBe(get);
  });

  it("fails reading with a 413 naming the limit once the body passes it", async () => {
    const error = await readError(limitRequestBody(post("x".repeat(101)), limits));
    expect(error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", status: 413, message: "Request body is larger than 100 bytes, the limit for a JSON request" });
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    let pulled = 0;
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(10));
      },
    });
    const error = await readError(limitRequestBody(post(source, { "content-length": "5000" }), limits));
    expect(error).toMatchObject({ status: 413 });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("stops reading an endless chunked body just past the limit", async () => {
    let pulled = 0;
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode("[1,"));
      },
    });
    expect(await readError(limitRequestBody(post(source), { maxBytes: 30, maxDepth: 100 }))).toMatchObject({ status: 413 });
    expect(pulled).toBeLessThan(15);
  });

  it("fails reading with a 400 naming the depth limit when the JSON nests too deep", async () => {
    const error = await readError(limitRequestBody(post("[[[[[1]]]]]"), limits));
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: "Request body nests arrays/objects deeper than 4 levels (the JSON depth limit)" });
  });

  it("hands the refusal to `refuse` so the handler can answer it in its own words", async () => {
    const error = await readError(limitRequestBody(post("x".repeat(200)), limits, (refusal) => new RangeError(`wrapped: ${refusal.message}`)));
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toMatch(/^wrapped: Request body is larger than 100 bytes/);
  });
});
