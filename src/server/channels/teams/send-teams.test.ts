import { describe, expect, it, vi } from "vitest";
import { sendHttp } from "../http/send-http";
import { adaptiveCardIssues } from "../test-support/adaptive-card-issues";
import { sampleChannelMessage } from "../test-support/sample-channel-message";
import { reply, testReceivers } from "../test-support/test-receivers";
import { buildTeamsMessage } from "./build-teams-message";
import { RETIRED_TEAMS_CONNECTOR_HINT } from "./retired-connector";
import { sendTeams } from "./send-teams";

// Watched, not replaced: it proves when no request was attempted at all.
vi.mock("../http/send-http", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../http/send-http")>();
  return { ...actual, sendHttp: vi.fn(actual.sendHttp) };
});

const dev = { allowPrivate: true };
const receivers = testReceivers();
const message = sampleChannelMessage();
const flowPath = "/workflows/abc/triggers/manual/paths/invoke?api-version=1&sig=secret-sig";

describe("sendTeams", () => {
  it("posts the Adaptive Card envelope and says a 202 does not prove the card appeared", async () => {
    const teams = await receivers.start(reply(202));

    const result = await sendTeams(message, { channel: "TEAMS", url: `${teams.origin}${flowPath}` }, dev);

    expect(result).toMatchObject({ ok: true, httpStatus: 202 });
    expect(result.response).toBe(
      "HTTP 202 Accepted — Teams accepted the request; the flow posts the card afterwards, so this does not prove the card appeared in the channel",
    );
    const [received] = teams.requests;
    expect(received).toMatchObject({ method: "POST", path: flowPath });
    expect(received?.headers["content-type"]).toMatch(/^application\/json/);
    const body = JSON.parse(received?.body ?? "") as ReturnType<typeof buildTeamsMessage>;
    expect(body).toEqual(buildTeamsMessage(message));
    expect(body).toMatchObject({
      type: "message",
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null, content: { type: "AdaptiveCard", version: "1.4" } }],
    });
    expect(adaptiveCardIssues(body.attachments[0].content)).toEqual([]);
  });

  it("refuses a retired Office 365 connector URL without sending anything", async () => {
    expect(vi.isMockFunction(sendHttp)).toBe(true);
    vi.mocked(sendHttp).mockClear();
    const url = "https://contoso.webhook.office.com/webhookb2/1234@5678/IncomingWebhook/abcd/efgh";

    const result = await sendTeams(message, { channel: "TEAMS", url }, dev);

    expect(sendHttp).not.toHaveBeenCalled();
    expect(result).toEqual({
      ok: false,
      retryable: false,
      errorType: "retired_connector",
      response: `Not sent to contoso.webhook.office.com: ${RETIRED_TEAMS_CONNECTOR_HINT}`,
      disableDestination: true,
    });
    expect(result.response).not.toContain("IncomingWebhook");
  });

  it("shows the flow's error JSON when it refuses the request", async () => {
    const error = { error: { code: "TriggerInputSchemaMismatch", message: "The input body for trigger 'manual' of type 'Request' did not match its schema definition." } };
    const teams = await receivers.start(reply(400, JSON.stringify(error, null, 2), { "content-type": "application/json" }));

    const result = await sendTeams(message, { channel: "TEAMS", url: `${teams.origin}${flowPath}` }, dev);

    expect(result).toMatchObject({ ok: false, retryable: false, errorType: "rejected", httpStatus: 400 });
    expect(result).not.toHaveProperty("disableDestination");
    expect(result.response).toBe(`HTTP 400 ${JSON.stringify(error, null, 1).replace(/\s+/g, " ")}`);
  });

  it.each([404, 410])("disables a flow that answers %i", async (status) => {
    const teams = await receivers.start(reply(status, '{"error":{"code":"WorkflowNotFound"}}'));
    const result = await sendTeams(message, { channel: "TEAMS", url: `${teams.origin}${flowPath}` }, dev);
    expect(result).toMatchObject({ ok: false, retryable: false, errorType: "gone", disableDestination: true, httpStatus: status });
    expect(result.response).toMatch(new RegExp(`^HTTP ${status} \\{"error":\\{"code":"WorkflowNotFound"\\}\\} — The flow was deleted`));
    expect(result.response).not.toContain("secret-sig");
  });

  it("waits out a rate limit and retries server errors", async () => {
    const limited = await receivers.start(reply(429, "", { "retry-after": "12" }));
    const broken = await receivers.start(reply(502, "Bad Gateway"));

    const rateLimited = await sendTeams(message, { channel: "TEAMS", url: `${limited.origin}${flowPath}` }, dev);
    const serverError = await sendTeams(message, { channel: "TEAMS", url: `${broken.origin}${flowPath}` }, dev);

    expect(rateLimited).toMatchObject({
      ok: false,
      retryable: true,
      retryAfterMs: 12_000,
      affectsDestination: true,
      response: "HTTP 429 Too Many Requests — retry after 12 s",
    });
    expect(serverError).toMatchObject({ ok: false, retryable: true, errorType: "server_error", response: "HTTP 502 Bad Gateway", httpStatus: 502 });
  });
});
