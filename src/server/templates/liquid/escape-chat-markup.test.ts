import { expect, it } from "vitest";
import { escapeChatMarkup } from "./escape-chat-markup";

it("escapes the characters that open Slack mentions, links and entities", () => {
  expect(escapeChatMarkup("<!channel> see <https://evil.example|the runbook> & <@U123>")).toBe(
    "&lt;!channel&gt; see &lt;https://evil.example|the runbook&gt; &amp; &lt;@U123&gt;",
  );
});

it("escapes an ampersand of an existing entity again, so it shows as typed", () => {
  expect(escapeChatMarkup("&lt;")).toBe("&amp;lt;");
});

it("leaves emphasis marks, which mrkdwn cannot escape", () => {
  expect(escapeChatMarkup("*bold* _it_ ~x~ `code`")).toBe("*bold* _it_ ~x~ `code`");
});
