import { describe, expect, it } from "vitest";
import { authenticateServiceToken } from "./service-token";

// This process has no NOTIFY_SERVICE_TOKEN (tests/support/setup-env.ts sets none).
describe("authenticateServiceToken without a configured token", () => {
  it("answers 404, as if the internal route did not exist, whatever is sent", () => {
    for (const header of [null, "Bearer anything-at-all-anything-at-all"]) {
      expect(() => authenticateServiceToken(header)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    }
  });
});
