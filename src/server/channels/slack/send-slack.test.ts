import { describe, expect, it } from "vitest";
import { sampleChannelMessage } from "../test-support/sample-channel-message";
import { reply, testReceivers } from "../test-support/test-receivers";
import { buildSlackMessage } from "./build-slack-message";
import { sendSlack } from "./send-slack";

// Receivers run on loopback, which only the development switch allows.
const dev = { allowPrivate: true };
const receivers = testReceivers();
const message = sampleChannelMessage();

describe("sendSlack", () => {
  it("posts Block Kit JSON with fallback text and reads Slack's ok", async () => {
    const slack = await receivers.start(reply(200, "ok", { "content-type": "text/html" }));

    const result = await sendSlack(message, { channel: "SLACK", url: `${slack.origin}/services/T0/B0/secret` }, dev);

    expect(result).toMatchObject({ ok: true, response: "HTTP 200 ok", httpStatus: 200 });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(slack.requests).toHaveLength(1);
    const [received] = slack.requests;
    expect(received).toMatchObject({ method: "POST", path: "/services/T0/B0/secret" });
    expect(received?.headers["content-type"]).toMatch(/^application\/json/);
    const body = JSON.parse(received?.body ?? "") as unknown;
    expect(body).toEqual(buildSlackMessage(message));
    expect(body).toMatchObject({
      text: "❌ Nightly backup failed\nThe backup failed.\nSee the log.",
      blocks: [
        { type: "header", text: { type: "plain_text", text: "❌ Nightly backup failed" } },
        { type: "section", text: { type: "mrkdwn", text: "The backup failed.\nSee the log." } },
        { type: "section", fields: [{ type: "mrkdwn", text: "*Job*\nnightly-db-backup" }, {}, {}] },
        { type: "section", text: { text: expect.stringContaining("pg_dump: connection refused") } },
        { type: "section", text: { text: expect.stringContaining("connection refused") } },
        { type: "context" },
        { type: "actions", elements: [{ type: "button", url: message.url }] },
      ],
    });
  });

  it("keeps Slack's error string verbatim with a hint, and disables a channel that is gone", async () => {
    const slack = await receivers.start(reply(404, "channel_not_found"));

    const result = await sendSlack(message, { channel: "SLACK", url: `${slack.origin}/services/T0/B0/secret` }, dev);

    expect(result).toEqual({
      ok: false,
      retryable: false,
      errorType: "gone",
      response:
        "HTTP 404 channel_not_found — The channel this webhook posts to no longer exists. Create a new incoming webhook for an existing channel.",
      disableDestination: true,
      httpStatus: 404,
      latencyMs: expect.any(Number),
    });
  });

  it.each([
    [403, "invalid_token"],
    [404, "no_service"],
    [410, "channel_is_archived"],
    [400, "team_disabled"],
  ])("disables the destination on %i %s", async (status, error) => {
    const slack = await receivers.start(reply(status, error));
    const result = await sendSlack(message, { channel: "SLACK", url: `${slack.origin}/services/x` }, dev);
    expect(result).toMatchObject({ ok: false, retryable: false, disableDestination: true, httpStatus: status });
    expect(result.response).toMatch(new RegExp(`^HTTP ${status} ${error} — `));
  });

  it("fails a message Slack cannot read without blaming the destination", async () => {
    const slack = await receivers.start(reply(400, "invalid_blocks"));
    const result = await sendSlack(message, { channel: "SLACK", url: `${slack.origin}/services/x` }, dev);
    expect(result).toMatchObject({ ok: false, retryable: false, errorType: "rejected", httpStatus: 400 });
    expect(result).not.toHaveProperty("disableDestination");
    expect(result).not.toHaveProperty("affectsDestination");
    expect(result.response).toMatch(/^HTTP 400 invalid_blocks — Slack refused the message layout/);
  });

  it("holds the destination back for Retry-After when Slack rate limits", async () => {
    const slack = await receivers.start(reply(429, "rate_limited", { "retry-after": "30" }));
    const result = await sendSlack(message, { channel: "SLACK", url: `${slack.origin}/services/x` }, dev);
    expect(result).toMatchObject({ ok: false, retryable: true, errorType: "rate_limited", retryAfterMs: 30_000, affectsDestination: true, httpStatus: 429 });
    expect(result.response).toMatch(/^HTTP 429 rate_limited — retry after 30 s — Slack is rate limiting this webhook/);
  });

  it("retries Slack's own failures", async () => {
    const slack = await receivers.start(reply(503, "service unavailable"));
    const result = await sendSlack(message, { channel: "SLACK", url: `${slack.origin}/services/x` }, dev);
    expect(result).toMatchObject({ ok: false, retryable: true, httpStatus: 503 });
    expect(result).not.toHaveProperty("disableDestination");
    expect(result.response).toMatch(/^HTTP 503 service unavailable — Slack had a problem of its own/);
  });
});
