import { describe, expect, it } from "vitest";
import { classifyHttpTransportError } from "./classify-http-transport-error";
import { HttpTransportError, type THttpTransportErrorKind } from "./http-transport-error";

describe("classifyHttpTransportError", () => {
  it.each<[THttpTransportErrorKind, boolean]>([
    ["dns", true],
    ["refused", true],
    ["timeout", true],
    ["network", true],
    ["tls", true],
    ["blocked_destination", false],
    ["too_many_redirects", false],
  ])("%s is retryable: %s", (kind, retryable) => {
    expect(classifyHttpTransportError(new HttpTransportError(kind, `the ${kind} message`))).toEqual({
      ok: false,
      retryable,
      errorType: kind,
      response: `the ${kind} message`,
    });
  });

  it("retries anything unexpected, quoting it", () => {
    expect(classifyHttpTransportError(new Error("surprise"))).toEqual({ ok: false, retryable: true, errorType: "unknown", response: "surprise" });
  });
});
