import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors/app-error";
import { readJsonBody } from "./rest";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://test/api/v1/rules", { method: "POST", headers: { "content-type": "application/json", ...headers }, body, duplex: "half" } as RequestInit);

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readJsonBody", () => {
  it("parses a body within the limits; an empty one is {}", async () => {
    expect(await readJsonBody(post(JSON.stringify({ name: "Prod failures", conditions: [{ field: "severity" }] })))).toEqual({ name: "Prod failures", conditions: [{ field: "severity" }] });
    expect(await readJsonBody(post(""))).toEqual({});
  });

  it("refuses a body over 1 MB with 413 naming the limit, without reading the rest", async () => {
    let pulled = 0;
    // 4 MB in chunks, without Content-Length.
    const chunked = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 64) return controller.close();
        controller.enqueue(new TextEncoder().encode(`"${"x".repeat(64 * 1024)}",`));
      },
    });
    const error = await refusal(readJsonBody(post(chunked)));
    expect(error.status).toBe(413);
    expect(error.message).toBe("Request body is larger than 1 MB, the limit for a JSON request");
    expect(pulled).toBeLessThan(20);
    expect((await refusal(readJsonBody(post("{}", { "content-length": String(2 * 1024 * 1024) })))).status).toBe(413);
  });

  it("refuses JSON nested 1,000 deep with 400 naming the depth limit", async () => {
    const error = await refusal(readJsonBody(post("[".repeat(1_000) + "]".repeat(1_000))));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/deeper than 32 levels \(the JSON depth limit\)/);
  });
});
