import { describe, expect, it } from "vitest";
import { isE164, ZE164PhoneNumber } from "./e164";

describe("E.164", () => {
  it.each([
    ["+14155550123", true],
    ["+4930123456", true],
    ["+12345678", true],
    ["+123456789012345", true],
    ["+1234567", false],
    ["+1234567890123456", false],
    ["+04155550123", false],
    ["14155550123", false],
    ["+1 415 555 0123", false],
  ])("isE164(%s) -> %s", (phone, expected) => expect(isE164(phone)).toBe(expected));

  it("accepts pasted spacing and stores the bare form", () => {
    expect(ZE164PhoneNumber.parse(" +1 (415) 555-0123 ")).toBe("+14155550123");
    expect(ZE164PhoneNumber.safeParse("0171 555 0123").success).toBe(false);
  });
});
