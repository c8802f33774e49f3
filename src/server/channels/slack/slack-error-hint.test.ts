import { describe, expect, it } from "vitest";
import { isSlackWebhookUrl, slackErrorHint } from "./slack-error-hint";

describe("slackErrorHint", () => {
  it.each([
    [400, "invalid_payload"],
    [400, "invalid_blocks"],
    [400, "invalid_blocks_format"],
    [400, "too_many_attachments"],
    [400, "no_text"],
    [400, "user_not_found"],
    [404, "channel_not_found"],
    [410, "channel_is_archived"],
    [403, "action_prohibited"],
    [403, "posting_to_general_channel_denied"],
    [404, "no_service"],
    [404, "no_service_id"],
    [404, "no_team"],
    [403, "team_disabled"],
    [403, "invalid_token"],
  ])("HTTP %i %s is permanent and explained", (status, error) => {
    const result = slackErrorHint(status, `${error}\n`);
    expect(result.error).toBe(error);
    expect(result.permanent).toBe(true);
    expect(result.hint).toBeTruthy();
    expect(result.response).toBe(`HTTP ${status} ${error}: ${result.hint}`);
  });

  it("treats rate limiting and Slack's own failures as transient", () => {
    expect(slackErrorHint(429, "rate_limited")).toMatchObject({ permanent: false, error: "rate_limited" });
    expect(slackErrorHint(500, "rollup_error")).toMatchObject({ permanent: false, hint: expect.stringContaining("internal") });
    expect(slackErrorHint(503, "")).toMatchObject({ permanent: false, error: "(empty reply)" });
  });

  it("keeps an unknown answer verbatim without inventing a hint", () => {
    expect(slackErrorHint(400, "something_new")).toEqual({
      error: "something_new",
      hint: undefined,
      permanent: true,
      response: "HTTP 400 something_new",
    });
    expect(slackErrorHint(400, "constructor").hint).toBeUndefined();
  });
});

describe("isSlackWebhookUrl", () => {
  it.each([
    ["https://hooks.slack.com/services/T000/B000/XXXX", true],
    ["https://hooks.slack.com/workflows/T000/A000/1/xx", false],
    ["http://hooks.slack.com/services/T000/B000/XXXX", false],
    ["https://hooks.slack.com.evil.example/services/T0/B0/X", false],
    ["https://evil.example/?u=hooks.slack.com/services/", false],
    ["not a url", false],
  ])("%s -> %s", (url, expected) => expect(isSlackWebhookUrl(url)).toBe(expected));
});
