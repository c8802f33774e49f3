import { describe, expect, it } from "vitest";
import { ZRuleInput, type TRuleInput } from "./rule-schema";

const rule: TRuleInput = {
  name: "  Page on-call for failed prod backups  ",
  match: { all: [{ field: "severity", op: "gte", value: "warning" }, { field: "labels.env", op: "equals", value: "prod" }] },
  actions: { notify: [{ role: "OPERATOR" }], channels: ["sms"], stop: true },
};

function problems(input: unknown): string[] {
  const result = ZRuleInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("ZRuleInput", () => {
  it("trims the name and defaults enabled", () => {
    const parsed = ZRuleInput.parse(rule);
    expect(parsed.name).toBe("Page on-call for failed prod backups");
    expect(parsed.enabled).toBe(true);
    expect(parsed.position).toBeUndefined();
    expect(parsed.match).toEqual(rule.match);
  });

  it("keeps a description, null or absent", () => {
    expect(ZRuleInput.parse({ ...rule, description: " why " }).description).toBe("why");
    expect(ZRuleInput.parse({ ...rule, description: null }).description).toBeNull();
  });

  it.each([
    ["a blank name", { ...rule, name: "   " }, ["name: is required"]],
    ["a long name", { ...rule, name: "x".repeat(101) }, ["name: must be at most 100 characters"]],
    ["a long description", { ...rule, description: "x".repeat(501) }, ["description: must be at most 500 characters"]],
    ["a negative position", { ...rule, position: -1 }, ["position: must be 0 or more"]],
    ["a fractional position", { ...rule, position: 1.5 }, ["position: must be a whole number"]],
    ["enabled as a string", { ...rule, enabled: "yes" }, ["enabled: must be true or false"]],
    ["an unknown key", { ...rule, priority: 1 }, [': has unknown key "priority" (a rule has name, description, enabled, position, match and actions)']],
  ])("refuses %s", (_label, input, expected) => {
    expect(problems(input)).toEqual(expected);
  });

  it("reports match and actions problems under their own paths", () => {
    expect(problems({ ...rule, match: { all: [{ field: "job.exit_code", op: "gte", value: "1" }] }, actions: { suppress: true, notify: [{ role: "ADMIN" }] } })).toEqual([
      "match.all.0.value: must be a number: job.exit_code gte compares numbers",
      "actions.suppress: cannot be combined with notify: a suppressed event is dropped, so nothing is sent or changed",
    ]);
  });
});
