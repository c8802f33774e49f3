import { describe, expect, it } from "vitest";
import { isGsm7, smsSegments } from "./sms-segments";

describe("smsSegments", () => {
  it.each([
    ["", "GSM-7", 0, 0],
    ["a".repeat(160), "GSM-7", 1, 160],
    ["a".repeat(161), "GSM-7", 2, 161],
    ["a".repeat(306), "GSM-7", 2, 306],
    ["a".repeat(307), "GSM-7", 3, 307],
    ["€".repeat(80), "GSM-7", 1, 160],
    ["€".repeat(81), "GSM-7", 2, 162],
    ["{[~]}|^\\\f", "GSM-7", 1, 18],
    ["Üñöé? Ça, ñ, à, Δ, £, ¥, ¿, ¡, §", "GSM-7", 1, 32],
    ["naïve", "UCS-2", 1, 5],
    ["a".repeat(69) + "😀", "UCS-2", 2, 71],
    ["😀", "UCS-2", 1, 2],
    ["日".repeat(70), "UCS-2", 1, 70],
    ["日".repeat(71), "UCS-2", 2, 71],
    ["日".repeat(134), "UCS-2", 2, 134],
    ["日".repeat(135), "UCS-2", 3, 135],
    ["it’s", "UCS-2", 1, 4],
  ])("%j -> %s, %i segments, %i units", (text, encoding, segments, units) => {
    expect(smsSegments(text)).toMatchObject({ encoding, segments, units });
  });

  it("counts characters as people do", () => {
    expect(smsSegments("€😀a")).toMatchObject({ characters: 3, units: 4, encoding: "UCS-2" });
    expect(smsSegments("€a")).toMatchObject({ characters: 2, units: 3, encoding: "GSM-7" });
  });

  it("never splits an escape pair or a surrogate pair across parts", () => {
    // 152 plain + "€" would need septets 153-154: the pair moves to part 2.
    expect(smsSegments("a".repeat(152) + "€" + "a".repeat(152)).segments).toBe(3);
    // 134 units would fill two UCS-2 parts exactly, but the emoji cannot straddle them.
    expect(smsSegments("a".repeat(66) + "😀" + "a".repeat(66)).segments).toBe(3);
  });

  it("leaves tabs and the ESC control character out of GSM-7", () => {
    expect(isGsm7("a\tb")).toBe(false);
    expect(isGsm7("a\u001bb")).toBe(false);
    expect(isGsm7("line\nnext\r")).toBe(true);
  });
});
