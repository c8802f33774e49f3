import { describe, expect, it } from "vitest";
import { auditTargetHref } from "./audit-target-href";

const entry = (action: string, type: string, id: string | null = null) => ({ action, target: { type, id, label: null } });

describe("auditTargetHref", () => {
  it("links an item to its own page and a list-managed one to its list", () => {
    expect(auditTargetHref(entry("rule.updated", "rule", "7"))).toBe("/rules/7");
    expect(auditTargetHref(entry("template.updated", "template", "job failed/email"))).toBe("/templates/job%20failed%2Femail");
    expect(auditTargetHref(entry("maintenance_window.ended", "maintenance_window", "3"))).toBe("/maintenance/3");
    expect(auditTargetHref(entry("channel.updated", "channel", "4"))).toBe("/channels");
    expect(auditTargetHref(entry("smtp_settings.updated", "smtp_settings"))).toBe("/settings");
    expect(auditTargetHref(entry("preferences.updated", "user_preferences", "5"))).toBe("/preferences/5");
    // About every rule at once (their order): the list.
    expect(auditTargetHref(entry("rule.reordered", "rule"))).toBe("/rules");
  });

  it("has no link for a deleted item or a kind without a page", () => {
    expect(auditTargetHref(entry("rule.deleted", "rule", "7"))).toBeUndefined();
    expect(auditTargetHref(entry("thing.updated", "thing", "1"))).toBeUndefined();
    // The list still shows what remains of a deleted channel's kind.
    expect(auditTargetHref(entry("channel.deleted", "channel", "4"))).toBe("/channels");
  });
});
