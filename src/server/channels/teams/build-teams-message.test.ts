import { AdaptiveCard, SerializationContext } from "adaptivecards";
import { describe, expect, it } from "vitest";
import type { TChannelMessage } from "../channel-message";
import { sampleChannelMessage } from "../test-support/sample-channel-message";
import { buildTeamsMessage, TEAMS_MAX_PAYLOAD_BYTES, type TAdaptiveCard } from "./build-teams-message";

function message(overrides: Partial<TChannelMessage> = {}): TChannelMessage {
  return sampleChannelMessage({
    notificationId: 7,
    url: "https://notify.example.com/notifications/7",
    createdAt: new Date("2026-11-27T13:03:12.345Z"),
    job: { error: "pg_dump: connection refused" },
    metadata: {},
    ...overrides,
  });
}

/** Parses with Microsoft's own Adaptive Cards SDK (no DOM needed to parse) and returns every complaint. */
function sdkIssues(content: unknown): { issues: string[]; card: AdaptiveCard } {
  const card = new AdaptiveCard();
  const context = new SerializationContext();
  card.parse(content, context);
  const parseEvents = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  const validation = card.validateProperties().validationEvents.map((e) => e.message);
  return { issues: [...parseEvents, ...validation], card };
}

/** Element and action types that exist in schema 1.4 and that we mean to use. */
const ALLOWED_TYPES = new Set(["AdaptiveCard", "TextBlock", "FactSet", "Container", "Action.OpenUrl"]);

function types(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(types);
  if (typeof node !== "object" || node === null) return [];
  const own = "type" in node && typeof node.type === "string" ? [node.type] : [];
  return [...own, ...Object.values(node).flatMap(types)];
}

function bytes(payload: unknown): number {
  return Buffer.byteLength(JSON.stringify(payload), "utf8");
}

describe("buildTeamsMessage", () => {
  it("wraps a version 1.4 Adaptive Card in the Workflows envelope", () => {
    const payload = buildTeamsMessage(message());
    expect(payload).toMatchObject({
      type: "message",
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null }],
    });
    expect(payload.attachments).toHaveLength(1);
    const card = payload.attachments[0].content;
    expect(card).toMatchObject({ $schema: "http://adaptivecards.io/schemas/adaptive-card.json", type: "AdaptiveCard", version: "1.4" });
    expect(card.body[0]).toMatchObject({ type: "TextBlock", text: "Nightly backup failed", color: "attention", weight: "Bolder" });
    expect(card.body[1]).toMatchObject({
      text: "job_failed · {{DATE(2026-11-27T13:03:12Z, SHORT)}} {{TIME(2026-11-27T13:03:12Z)}} · OpsConductor Notify",
    });
    expect(card.body).toContainEqual({
      type: "FactSet",
      facts: [
        { title: "Job", value: "nightly-db-backup" },
        { title: "Status", value: "failed" },
        { title: "Host", value: "db-01" },
      ],
    });
    expect(card.body).toContainEqual(expect.objectContaining({ type: "TextBlock", text: "The backup failed.\n\nSee the log." }));
    expect(card.body).toContainEqual(expect.objectContaining({ text: "pg_dump: connection refused", color: "attention" }));
    expect(card.body.at(-1)).toMatchObject({
      type: "Container",
      items: [{ type: "TextBlock", fontType: "Monospace", text: "starting\n\nconnection refused" }],
    });
    expect(card.actions).toEqual([{ type: "Action.OpenUrl", title: "Open in OpsConductor", url: "https://notify.example.com/notifications/7" }]);
  });

  it("produces a card the Adaptive Cards SDK parses without a single warning", () => {
    const content = buildTeamsMessage(message()).attachments[0].content;
    const { issues, card } = sdkIssues(content);
    expect(issues).toEqual([]);
    expect(card.version.toString()).toBe("1.4");
    expect(card.getActionCount()).toBe(1);
    expect(new Set(types(content))).toEqual(ALLOWED_TYPES);
    expect(types(content)).not.toContain("Action.Submit");
  });

  it.each([
    ["info", "job_completed", "good"],
    ["info", "deploy", "accent"],
    ["warning", "deploy", "warning"],
    ["critical", "deploy", "attention"],
  ] as const)("colours a %s %s title %s", (severity, notificationType, color) => {
    const card = buildTeamsMessage(message({ severity, notificationType })).attachments[0].content;
    expect(card.body[0]).toMatchObject({ color });
  });

  it("stays under 28 KB with a 1 MB log: the log's tail is kept, facts stay whole", () => {
    const facts = Array.from({ length: 12 }, (_, i) => ({ label: `Fact ${i}`, value: `value ${i} `.repeat(20) }));
    const payload = buildTeamsMessage(message({ facts, logExcerpt: `${"log line ünïcödé\n".repeat(60_000)}THE LAST LINE` }));
    expect(bytes(payload)).toBeLessThanOrEqual(TEAMS_MAX_PAYLOAD_BYTES);
    expect(bytes(payload)).toBeGreaterThan(TEAMS_MAX_PAYLOAD_BYTES - 200);
    const card: TAdaptiveCard = payload.attachments[0].content;
    expect(card.body).toContainEqual({ type: "FactSet", facts: facts.map(({ label, value }) => ({ title: label, value })) });
    expect(card.body).toContainEqual(expect.objectContaining({ text: "The backup failed.\n\nSee the log." }));
    const log = card.body.at(-1);
    expect(log?.type === "Container" && log.items[0]?.text).toMatch(/^….*THE LAST LINE$/s);
    expect(sdkIssues(card).issues).toEqual([]);
  });

  it("cuts the body after the log is gone, still keeping the facts", () => {
    const payload = buildTeamsMessage(message({ body: "B".repeat(2_000_000), logExcerpt: "L".repeat(1_000_000) }));
    expect(bytes(payload)).toBeLessThanOrEqual(TEAMS_MAX_PAYLOAD_BYTES);
    const card = payload.attachments[0].content;
    expect(types(card)).not.toContain("Container");
    expect(card.body).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^B+…$/) }));
    expect(card.body).toContainEqual(expect.objectContaining({ type: "FactSet", facts: expect.arrayContaining([{ title: "Host", value: "db-01" }]) }));
  });

  it("shortens fact values only when the facts alone are too big", () => {
    const facts = Array.from({ length: 30 }, (_, i) => ({ label: `detail_${i}`, value: "é".repeat(1_000) }));
    const payload = buildTeamsMessage(message({ facts }));
    expect(bytes(payload)).toBeLessThanOrEqual(TEAMS_MAX_PAYLOAD_BYTES);
    const card = payload.attachments[0].content;
    const factSet = card.body.find((b) => b.type === "FactSet");
    expect(factSet?.type === "FactSet" && factSet.facts.map((f) => f.title)).toEqual(facts.map((f) => f.label));
  });
});
