import { describe, expect, it } from "vitest";
import type { TChannelMessage } from "../channel-message";
import { sampleChannelMessage } from "../test-support/sample-channel-message";
import { buildSlackMessage, SLACK_LIMITS, type TSlackBlock } from "./build-slack-message";
import { escapeSlackText, slackCodeBlock, slackText } from "./slack-mrkdwn";

function message(overrides: Partial<TChannelMessage> = {}): TChannelMessage {
  return sampleChannelMessage({
    notificationId: 7,
    body: "Disk <full> & out of space",
    facts: [
      { label: "Job", value: "nightly-db-backup" },
      { label: "Status", value: "failed" },
      { label: "Duration", value: "2 min 5 s" },
      { label: "Host", value: "db-01" },
    ],
    url: "https://notify.example.com/notifications/7",
    job: { error: "pg_dump: connection refused" },
    metadata: {},
    ...overrides,
  });
}

/** Every text Slack measures, with the limit that applies to it. */
function textsWithLimits(blocks: TSlackBlock[]): [string, number][] {
  return blocks.flatMap((block): [string, number][] => {
    switch (block.type) {
      case "header":
        return [[block.text.text, SLACK_LIMITS.headerText]];
      case "section":
        return "fields" in block ? block.fields.map((f): [string, number] => [f.text, SLACK_LIMITS.fieldText]) : [[block.text.text, SLACK_LIMITS.text]];
      case "context":
        return block.elements.map((e): [string, number] => [e.text, SLACK_LIMITS.text]);
      case "actions":
        return block.elements.map((e): [string, number] => [e.text.text, 75]);
    }
  });
}

describe("buildSlackMessage", () => {
  it("lays out header, body, facts, error, log, context and a link button", () => {
    const payload = buildSlackMessage(message());
    expect(payload.blocks.map((b) => b.type)).toEqual(["header", "section", "section", "section", "section", "context", "actions"]);
    expect(payload.blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: "❌ Nightly backup failed", emoji: true } });
    expect(payload.blocks[1]).toEqual({ type: "section", text: { type: "mrkdwn", text: "Disk &lt;full&gt; &amp; out of space" } });
    expect(payload.blocks[2]).toMatchObject({
      fields: [
        { type: "mrkdwn", text: "*Job*\nnightly-db-backup" },
        { type: "mrkdwn", text: "*Status*\nfailed" },
        { type: "mrkdwn", text: "*Duration*\n2 min 5 s" },
        { type: "mrkdwn", text: "*Host*\ndb-01" },
      ],
    });
    expect(payload.blocks[3]).toMatchObject({ text: { text: "*Error*\n```\npg_dump: connection refused\n```" } });
    expect(payload.blocks[4]).toMatchObject({ text: { text: "*Log (last lines)*\n```\nstarting\nconnection refused\n```" } });
    expect(payload.blocks[5]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "job_failed · <!date^1795784592^{date_short_pretty} {time}|27 Nov 2026, 13:03:12 UTC> · OpsConductor Notify" }],
    });
    expect(payload.blocks[6]).toMatchObject({
      type: "actions",
      elements: [{ type: "button", text: { type: "plain_text", text: "Open in OpsConductor" }, url: "https://notify.example.com/notifications/7" }],
    });
    expect(payload.text).toBe("❌ Nightly backup failed\nDisk &lt;full&gt; &amp; out of space");
  });

  it("leaves out empty parts and marks completed jobs with a tick", () => {
    const payload = buildSlackMessage(
      message({ body: "", facts: [], logExcerpt: undefined, job: {}, severity: "info", notificationType: "job_completed" }),
    );
    expect(payload.blocks.map((b) => b.type)).toEqual(["header", "context", "actions"]);
    expect(payload.blocks[0]).toMatchObject({ text: { text: "✅ Nightly backup failed" } });
  });

  it("respects every Block Kit limit on a huge input", () => {
    const huge = "<&>".repeat(400_000);
    const payload = buildSlackMessage(
      message({
        title: "T".repeat(5_000),
        body: huge,
        facts: Array.from({ length: 120 }, (_, i) => ({ label: `Label ${i} ${"&".repeat(200)}`, value: "v&<".repeat(5_000) })),
        logExcerpt: `${"x".repeat(1_000_000)}\nLAST LINE`,
        job: { error: "```".repeat(10_000) },
      }),
    );
    expect(payload.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    for (const block of payload.blocks) {
      if (block.type === "section" && "fields" in block) expect(block.fields.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldsPerSection);
    }
    for (const [text, limit] of textsWithLimits(payload.blocks)) {
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(limit);
      // A cut never leaves half an entity behind.
      expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
    expect(payload.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    expect(payload.blocks.at(-1)?.type).toBe("actions");
    const log = payload.blocks.find((b) => b.type === "section" && "text" in b && b.text.text.startsWith("*Log"));
    expect(log && "text" in log && log.text.text.endsWith("LAST LINE\n```")).toBe(true);
  });
});

describe("Slack mrkdwn helpers", () => {
  it("escapes only &, < and >", () => {
    expect(escapeSlackText("<!channel> & <@U123> *bold* \"q\" 'a'")).toBe("&lt;!channel&gt; &amp; &lt;@U123&gt; *bold* \"q\" 'a'");
  });

  it("cuts before an entity rather than through it", () => {
    expect(slackText("ab&cd", 5)).toBe("ab…");
    expect(slackText("ab&cd", 8)).toBe("ab&amp;…");
    expect(slackText("ab&cd", 4, "end")).toBe("…cd");
  });

  it("keeps a fence in the text from closing the code block", () => {
    const block = slackCodeBlock("a ``` b", 100);
    expect(block.match(/```/g)).toHaveLength(2);
    expect(slackCodeBlock("y".repeat(500), 50)).toHaveLength(50);
  });
});
