import { describe, expect, it } from "vitest";
import { formatBytes } from "./format-bytes";

describe("formatBytes", () => {
  it.each([
    [0, "0 bytes"],
    [1, "1 byte"],
    [1023, "1023 bytes"],
    [1024, "1 KB"],
    [184_320, "180 KB"],
    [10 * 1024 * 1024, "10 MB"],
    [Math.round(12.4 * 1024 * 1024), "12.4 MB"],
    [3 * 1024 ** 3, "3 GB"],
  ])("%i -> %s", (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
