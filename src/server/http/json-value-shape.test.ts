import { describe, expect, it } from "vitest";
import { jsonValueShape } from "./json-value-shape";

describe("jsonValueShape", () => {
  it("measures depth and keys at every level", () => {
    expect(jsonValueShape("text", 10)).toEqual({ depth: 0, keys: 0, deeper: false });
    expect(jsonValueShape({}, 10)).toEqual({ depth: 1, keys: 0, deeper: false });
    expect(jsonValueShape({ a: 1, b: [{ c: 2, d: { e: null } }, 3] }, 10)).toEqual({ depth: 4, keys: 5, deeper: false });
  });

  it("stops one level below the limit, however deep the value goes", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { next: deep };
    expect(jsonValueShape(deep, 10)).toMatchObject({ depth: 11, deeper: true });
    expect(jsonValueShape({ a: { b: {} } }, 3).deeper).toBe(false);
    expect(jsonValueShape({ a: { b: { c: {} } } }, 3).deeper).toBe(true);
  });
});
