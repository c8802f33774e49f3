import { describe, expect, it } from "vitest";
import { maskDestinationUrl, maskPhoneNumber } from "./mask-destination";

describe("maskDestinationUrl", () => {
  it.each([
    ["https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXabcd", "https://hooks.slack.com/services/••••••••abcd"],
    ["https://prod-12.westus.logic.azure.com:443/workflows/0123456789/triggers/manual/paths/invoke?api-version=1&sig=secretWXYZ", "https://prod-12.westus.logic.azure.com/workflows/••••••••WXYZ"],
    ["http://127.0.0.1:4010/hook", "http://127.0.0.1:4010/••••••••"],
    ["https://example.com/", "https://example.com/"],
    ["https://example.com/?token=abcdefghijklmnop", "https://example.com/••••••••mnop"],
  ])("%s -> %s", (url, masked) => expect(maskDestinationUrl(url)).toBe(masked));

  it("never shows a short secret path", () => {
    expect(maskDestinationUrl("https://example.com/a/b")).toBe("https://example.com/a/••••••••");
  });
});

describe("maskPhoneNumber", () => {
  it("keeps the country code start and the last four digits", () => {
    expect(maskPhoneNumber("+447700900123")).toBe("+44•••••0123");
  });
});
