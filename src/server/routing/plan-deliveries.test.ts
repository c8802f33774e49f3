import { describe, expect, it } from "vitest";
import type { TRuleOutcome } from "./apply-rules";
import { buildDirectory } from "./directory";
import { toDirectoryUser } from "./load-directory";
import { planDeliveries } from "./plan-deliveries";

const now = new Date("2026-12-02T12:00:00Z");
const ana = toDirectoryUser(1, "ana@example.com", "OPERATOR", null);
const outcome = (targets: TRuleOutcome["audience"][number]["target"][]): TRuleOutcome => ({
  severity: "warning",
  matched: [{ id: 7, name: "Backups" }],
  suppressedBy: null,
  audience: targets.map((target) => ({ target, channels: null, because: 'Rule "Backups" matched', ruleId: 7, templateKey: null })),
  escalations: [],
  groupings: [],
});

describe("planDeliveries for users named by a rule", () => {
  const directory = buildDirectory([ana], [], false, [{ id: 2, email: "Olga@Example.com" }]);

  it("tells an active user by email, with the rule in the reason", () => {
    const [made] = planDeliveries(outcome([{ user: 1 }]), "job.failed", directory, now);
    expect(made).toMatchObject({ recipient: "ana@example.com", outcome: "NOTIFIED", ruleId: 7, delivery: { channel: "EMAIL", recipientUserId: 1 } });
  });

  it("says a deactivated user is deactivated, by id or by email, and sends nothing", () => {
    for (const target of [{ user: 2 }, { user: "olga@example.com" }]) {
      const [made] = planDeliveries(outcome([target]), "job.failed", directory, now);
      expect(made).toMatchObject({ outcome: "SUPPRESSED", delivery: null, reason: 'Rule "Backups" matched, but that user is deactivated' });
    }
  });

  it("says a user who does not exist does not exist", () => {
    const [made] = planDeliveries(outcome([{ user: 99 }]), "job.failed", directory, now);
    expect(made).toMatchObject({ outcome: "SUPPRESSED", delivery: null, reason: 'Rule "Backups" matched, but there is no such user' });
  });
});
