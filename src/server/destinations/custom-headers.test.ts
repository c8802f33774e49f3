import { describe, expect, it } from "vitest";
import { parseHeaderLines, ZCustomHeaders } from "./custom-headers";

describe("custom headers", () => {
  it("reads Name: value lines, keeping colons in values", () => {
    expect(parseHeaderLines("X-Api-Key: abc\n\nX-Trace: a:b ")).toEqual({ "X-Api-Key": "abc", "X-Trace": "a:b" });
    expect(parseHeaderLines("no colon here")).toBeNull();
  });

  it("refuses headers that would break the request or forge the signature", () => {
    const result = ZCustomHeaders.safeParse({ "Webhook-Signature": "v1,x", "bad name": "x", "X-Ok": "line\nbreak" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["Webhook-Signature", "bad name", "X-Ok"]);
    expect(ZCustomHeaders.safeParse({ Authorization: "Bearer x" }).success).toBe(true);
  });
});
