import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it.each([
    [0, "0 ms"],
    [850, "850 ms"],
    [999.4, "999 ms"],
    [1_000, "1 s"],
    [4_230, "4.2 s"],
    [9_949, "9.9 s"],
    [9_950, "10 s"],
    [42_000, "42 s"],
    [59_499, "59 s"],
    [59_999, "1 min"],
    [252_000, "4 min 12 s"],
    [3_599_700, "1 h"],
    [3_780_000, "1 h 3 min"],
    [7_200_000, "2 h"],
    [86_400_000, "1 d"],
    [187_200_000, "2 d 4 h"],
    [-252_000, "-4 min 12 s"],
  ])("%d ms reads %s", (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });

  it("renders nothing for a value that is no number", () => {
    expect(formatDuration(Number.NaN)).toBe("");
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe("");
  });
});
