import { describe, expect, it } from "vitest";
import { jsonDepthGauge, jsonNestsDeeperThan } from "./json-depth-gauge";
import { parseJsonBody } from "./parse-json-body";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("jsonNestsDeeperThan", () => {
  it("counts arrays and objects, not brackets inside strings", () => {
    expect(jsonNestsDeeperThan(nested(32), 32)).toBe(false);
    expect(jsonNestsDeeperThan(nested(33), 32)).toBe(true);
    expect(jsonNestsDeeperThan(JSON.stringify({ a: { b: [1, { c: 2 }] } }), 3)).toBe(true);
    expect(jsonNestsDeeperThan(JSON.stringify({ a: { b: [1, { c: 2 }] } }), 4)).toBe(false);
    expect(jsonNestsDeeperThan(JSON.stringify({ text: "[[[[{{{{", quote: 'say "[[[" \\ [' }), 1)).toBe(false);
    expect(jsonNestsDeeperThan('{"escaped \\\\": [[1]]}', 2)).toBe(true);
  });

  it("follows a stream chunk by chunk, bytes or text, even split inside a string", () => {
    const chunks = ['{"a": "[[\\', '"[[", "b": [[', "[1]]]}"];
    const gauge = jsonDepthGauge(3);
    expect(chunks.map((chunk) => gauge(new TextEncoder().encode(chunk)))).toEqual([false, false, true]);
    const text = jsonDepthGauge(4);
    expect(chunks.map((chunk) => text(chunk))).toEqual([false, false, false]);
  });

  it("reads a 100,000-deep body in one pass, without recursion", () => {
    const started = performance.now();
    expect(jsonNestsDeeperThan(nested(100_000), 32)).toBe(true);
    expect(jsonNestsDeeperThan(`[${"1,".repeat(1_000_000)}1]`, 32)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("parseJsonBody depth limit", () => {
  it("refuses a body nested deeper than 32 levels with a 400 naming the limit, before parsing", () => {
    for (const depth of [33, 1_000, 100_000]) {
      expect(() => parseJsonBody(nested(depth))).toThrow(
        expect.objectContaining({ code: "BAD_REQUEST", message: "Request body nests arrays/objects deeper than 32 levels (the JSON depth limit)", fieldErrors: { body: [expect.stringContaining("32 levels")] } }),
      );
    }
    expect(parseJsonBody(nested(32))).toEqual(JSON.parse(nested(32)));
  });

  it("names the multipart field it parses", () => {
    expect(() => parseJsonBody(nested(40), "metadata")).toThrow(expect.objectContaining({ message: expect.stringMatching(/^Field "metadata" nests .* deeper than 32 levels/), fieldErrors: { metadata: [expect.any(String)] } }));
  });
});
