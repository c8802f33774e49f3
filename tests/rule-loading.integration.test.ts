import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";

// Routing reads the rules per batch; it compiles only the ones whose content changed since the last batch.
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;
const { db, disconnectDb } = await import("@/server/db/client");
const { loadEnabledRules } = await import("@/server/routing/load-rules");
const { eventFromRow } = await import("@/server/events/event-from-row");

afterAll(async () => {
  await disconnectDb();
  await scratch.drop();
});

const rule = (name: string, value: string) => ({ name, position: 0, match: { all: [{ field: "type", op: "equals", value }] }, actions: { notify: [{ email: "ops@example.com" }] } });

describe("loadEnabledRules", () => {
  it("reuses a compiled rule until it is changed, and drops one disabled", async () => {
    const kept = await db().routingRule.create({ data: rule("Failures", "job.failed") });
    const changed = await db().routingRule.create({ data: { ...rule("Timeouts", "job.timeout"), position: 1 } });
    const first = await loadEnabledRules();
    expect(first.map((compiled) => compiled.name)).toEqual(["Failures", "Timeouts"]);

    await db().routingRule.update({ where: { id: changed.id }, data: { match: { all: [{ field: "type", op: "equals", value: "job.cancelled" }] } } });
    const second = await loadEnabledRules();
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    const cancelled = eventFromRow({ ...sampleEvent(), type: "job.cancelled" });
    expect(second[1]?.matches(cancelled)).toBe(true);
    expect(first[1]?.matches(cancelled)).toBe(false);

    await db().routingRule.update({ where: { id: kept.id }, data: { enabled: false } });
    expect((await loadEnabledRules()).map((compiled) => compiled.name)).toEqual(["Timeouts"]);
  });
});

function sampleEvent(): Parameters<typeof eventFromRow>[0] {
  return { type: "job.failed", severity: "WARNING", source: "executor", title: "A job", message: null, job: null, labels: {}, data: {}, occurredAt: new Date() };
}
