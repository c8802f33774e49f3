import { describe, expect, it } from "vitest";
import { classifyHttpResponse, MAX_RETRY_AFTER_MS, parseRetryAfter } from "./classify-http-response";

const now = new Date("2026-11-26T12:00:00Z");
const response = (status: number, bodyExcerpt = "", headers: Record<string, string> = {}) => ({ status, headers, bodyExcerpt });

describe("classifyHttpResponse", () => {
  it.each([200, 201, 202, 204])("delivers on %i, quoting the reply", (status) => {
    expect(classifyHttpResponse(response(status, "ok\n"))).toEqual({ ok: true, response: `HTTP ${status} ok` });
  });

  it("keeps an empty reply short", () => {
    expect(classifyHttpResponse(response(204))).toEqual({ ok: true, response: "HTTP 204" });
  });

  it("retries 429 after the seconds in Retry-After", () => {
    expect(classifyHttpResponse(response(429, "slow down", { "retry-after": "30" }), { now })).toEqual({
      ok: false,
      retryable: true,
      errorType: "rate_limited",
      response: "HTTP 429 slow down",
      retryAfterMs: 30_000,
    });
  });

  it("retries 503 after the date in Retry-After", () => {
    const result = classifyHttpResponse(response(503, "", { "retry-after": "Thu, 26 Nov 2026 12:02:00 GMT" }), { now });
    expect(result).toMatchObject({ ok: false, retryable: true, errorType: "unavailable", retryAfterMs: 120_000 });
  });

  it("retries 429 without Retry-After on the normal schedule", () => {
    const result = classifyHttpResponse(response(429), { now });
    expect(result).toMatchObject({ ok: false, retryable: true, errorType: "rate_limited" });
    expect(result).not.toHaveProperty("retryAfterMs");
  });

  it.each([
    [408, "request_timeout"],
    [425, "too_early"],
    [500, "server_error"],
    [502, "server_error"],
    [504, "server_error"],
    [507, "server_error"],
    [599, "server_error"],
  ])("retries %i as %s", (status, errorType) => {
    expect(classifyHttpResponse(response(status, "oops"))).toEqual({ ok: false, retryable: true, errorType, response: `HTTP ${status} oops` });
  });

  it.each([
    [400, "rejected"],
    [401, "auth"],
    [403, "auth"],
    [404, "not_found"],
    [410, "gone"],
    [413, "payload_too_large"],
    [422, "rejected"],
    [405, "rejected"],
    [451, "rejected"],
    [304, "unexpected_status"],
    [300, "unexpected_status"],
    [101, "unexpected_status"],
  ])("gives up on %i as %s", (status, errorType) => {
    expect(classifyHttpResponse(response(status, "no"))).toEqual({ ok: false, retryable: false, errorType, response: `HTTP ${status} no` });
  });

  it("collapses whitespace in the quoted reply", () => {
    expect(classifyHttpResponse(response(400, "<html>\n  <body>bad</body>\n</html>\n")).response).toBe("HTTP 400 <html> <body>bad</body> </html>");
  });
});

describe("parseRetryAfter", () => {
  it.each([
    [undefined, undefined],
    ["", undefined],
    ["soon", undefined],
    ["-5", undefined],
    ["1.5", undefined],
    ["0", 0],
    [" 120 ", 120_000],
    ["86400", MAX_RETRY_AFTER_MS],
    ["Thu, 26 Nov 2026 11:00:00 GMT", 0],
    ["Thu, 26 Nov 2026 12:00:10 GMT", 10_000],
    ["Fri, 27 Nov 2026 12:00:00 GMT", MAX_RETRY_AFTER_MS],
  ])("reads %j as %j ms", (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
