import { describe, expect, it } from "vitest";
import { diagnoseDeliveryResult } from "./diagnose-delivery-result";

const failure = (errorType: string, httpStatus?: number) => ({ ok: false as const, retryable: false, errorType, response: "x", httpStatus });

describe("diagnoseDeliveryResult", () => {
  it.each([
    [{ ok: true as const, response: "HTTP 200 ok", httpStatus: 200 }, "ok"],
    [failure("gone", 410), "http_4xx"],
    [failure("auth", 403), "http_4xx"],
    [failure("rate_limited", 429), "http_4xx"],
    [failure("server_error", 502), "http_5xx"],
    [failure("dns"), "dns"],
    [failure("tls"), "tls"],
    [failure("timeout"), "timeout"],
    [failure("refused"), "refused"],
    [failure("network"), "refused"],
    [failure("blocked_destination"), "blocked"],
    [failure("something_new"), "error"],
  ])("%o -> %s", (result, diagnosis) => expect(diagnoseDeliveryResult(result)).toBe(diagnosis));
});
