import { describe, expect, it } from "vitest";
import { JsonSourceError, parseJsonSource, type TJsonNode } from "./parse-json-source";

function toPlain(node: TJsonNode): unknown {
  if (node.kind === "string" || node.kind === "literal") return node.value;
  if (node.kind === "array") return node.items.map(toPlain);
  return Object.fromEntries(node.entries.map(({ key, value }) => [key.value, toPlain(value)]));
}

function offsetOfError(source: string): number {
  try {
    parseJsonSource(source);
  } catch (error) {
    if (error instanceof JsonSourceError) return error.offset;
    throw error;
  }
  throw new Error("expected a JsonSourceError");
}

describe("parseJsonSource", () => {
  it.each([
    '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}',
    '  [ -0.5e-3, 1E+2, 0, 12.25 ]  ',
    '"\\u00e9\\n\\t\\"\\\\\\/ ok"',
    "{}",
    "[]",
    '{"blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "*{{ event.title }}*"}}]}',
  ])("reads %s as JSON.parse does", (source) => {
    expect(toPlain(parseJsonSource(source))).toEqual(JSON.parse(source));
  });

  it.each([
    ['{"a": 1,}', 7, "trailing comma before }"],
    ["[1, 2,]", 5, "trailing comma before ]"],
    ['{"a" 1}', 5, "expected : after the property name"],
    ["{'a': 1}", 1, "expected a property name in double quotes"],
    ['{"a": 1 "b": 2}', 8, "expected , or }"],
    ['{"a": "x', 6, "string not closed"],
    ['["\\x"]', 2, "invalid escape \\x"],
    ['["a\nb"]', 3, "control character in a string"],
    ["[01]", 2, "expected , or ]"],
    ["[1] 2", 4, "after the JSON value"],
    ["", 0, "expected a value"],
    ["[tru]", 1, "expected a value"],
  ])("refuses %j at offset %d", (source, offset, message) => {
    expect(() => JSON.parse(source)).toThrow();
    expect(offsetOfError(source)).toBe(offset);
    expect(() => parseJsonSource(source)).toThrow(message);
  });

  it("maps each decoded character to its place in the source", () => {
    const node = parseJsonSource('{"k": "a\\"b\\u0041c"}');
    if (node.kind !== "object") throw new Error("expected an object");
    const value = node.entries[0]?.value;
    expect(value).toMatchObject({ kind: "string", value: 'a"bAc', offsets: [7, 8, 10, 11, 17, 18] });
  });

  it("refuses nesting deeper than the limit", () => {
    expect(() => parseJsonSource("[".repeat(65) + "]".repeat(65))).toThrow("nested deeper than 64 levels");
    expect(() => parseJsonSource("[".repeat(64) + "1" + "]".repeat(64))).not.toThrow();
  });
});
