import { describe, expect, it } from "vitest";
import { decodeBase64Strict } from "./decode-base64-strict";

describe("decodeBase64Strict", () => {
  const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 10]);

  it("decodes padded, unpadded and line-wrapped base64", () => {
    const text = bytes.toString("base64");
    expect(decodeBase64Strict(text)).toEqual(bytes);
    expect(decodeBase64Strict(text.replace(/=+$/, ""))).toEqual(bytes);
    expect(decodeBase64Strict(`${text.slice(0, 4)}\n${text.slice(4, 8)}\r\n${text.slice(8)}\n`)).toEqual(bytes);
    expect(decodeBase64Strict("")).toEqual(Buffer.alloc(0));
  });

  it.each([
    ["characters outside the alphabet", "aGVsbG8*d29ybGQ="],
    ["base64url", bytes.toString("base64url")],
    ["a stray padding character", "aGVsbG8=d29y"],
    ["a lone trailing character", "aGVsbG8gd29ybGQhx"],
    ["plain text", "this is not base64!"],
  ])("refuses %s", (_label, text) => expect(decodeBase64Strict(text)).toBeNull());
});
