import { describe, expect, it } from "vitest";
import { findNulCharacter } from "./find-nul-character";
import { parseJsonBody } from "./parse-json-body";

describe("NUL characters in input", () => {
  it("finds the path of a string or key holding U+0000", () => {
    expect(findNulCharacter({ subject: "ok", metadata: { tags: ["a", "b\u0000c"] } })).toBe("metadata.tags.1");
    expect(findNulCharacter({ ["bad\u0000key"]: 1 })).toBe("bad\u0000key");
    expect(findNulCharacter("\u0000")).toBe("body");
    expect(findNulCharacter({ subject: "fine", n: 1, list: [null, true] })).toBeNull();
  });

  it("makes a JSON body with one a 400 naming the field", () => {
    expect(() => parseJsonBody(JSON.stringify({ subject: "a\u0000b" }))).toThrow(expect.objectContaining({ code: "BAD_REQUEST", fieldErrors: { subject: [expect.stringContaining("NUL")] } }));
    expect(parseJsonBody(JSON.stringify({ subject: "a\\u0000b is text, not NUL" }))).toEqual({ subject: "a\\u0000b is text, not NUL" });
  });
});
