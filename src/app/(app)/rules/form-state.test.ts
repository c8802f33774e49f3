import { describe, expect, it } from "vitest";
import { ZRuleInput } from "@/server/rules/rule-schema";
import type { TRuleView } from "@/server/rules/rule-view";
import { errorSummary, validateRuleForm } from "./form-errors";
import { emptyRuleForm, newCondition, newRecipient, ruleFormFrom, ruleInputFrom, type TConditionState } from "./form-state";
import { summarizeActions, summarizeMatch } from "./rule-summary";

const view = (match: TRuleView["match"], actions: TRuleView["actions"]): TRuleView => ({
  id: 7,
  name: "Prod failures",
  description: null,
  enabled: true,
  position: 0,
  match,
  actions,
  created_at: "2026-12-01T00:00:00.000Z",
  updated_at: "2026-12-01T00:00:00.000Z",
});

const stored = view(
  {
    all: [
      { field: "severity", op: "gte", value: "warning" },
      { field: "type", op: "glob", value: "job.*" },
      { field: "labels.env", op: "equals", value: "prod" },
      { any: [{ field: "job.exit_code", op: "in", value: [1, 2] }, { field: "data.retry", op: "equals", value: true }, { field: "job.host", op: "exists", value: false }] },
    ],
  },
  { notify: [{ role: "OPERATOR" }, { user: 3 }, { channel_name: "ops" }, { email: "a@example.com" }], channels: ["email", "sms"], stop: true },
);

describe("rule form state", () => {
  it("turns a stored rule into the form and back unchanged", () => {
    const input = ruleInputFrom(ruleFormFrom(stored));
    const parsed = ZRuleInput.parse(input);
    expect(parsed.match).toEqual(stored.match);
    expect(parsed.actions).toEqual(stored.actions);
  });

  it("keeps escalation, grouping and a chosen template through the form, so saving an edited rule drops none of them", () => {
    const actions = { notify: [{ role: "OPERATOR" as const }], template: "disk-alert", escalation_policy: 4, group_by: ["job.host", "labels.env"], group_wait: 30, group_interval: 300, repeat_interval: 14_400 };
    const parsed = ZRuleInput.parse(ruleInputFrom(ruleFormFrom(view(stored.match, actions))));
    expect(parsed.actions).toEqual(actions);
  });

  it("names the grouping field that is not a number", () => {
    const form = ruleFormFrom(view(stored.match, { notify: [{ user: 3 }] }));
    const errors = validateRuleForm({ ...form, actions: { ...form.actions, groupBy: "job.host", groupWait: "soon" } });
    expect(Object.keys(errors)).toEqual(["actions.group_wait"]);
  });

  it("sends only suppress while suppress is on", () => {
    const form = ruleFormFrom(stored);
    expect(ruleInputFrom({ ...form, actions: { ...form.actions, suppress: true } }).actions).toEqual({ suppress: true });
  });

  it("marks an empty form at the schema's paths, in plain words where the form knows better", () => {
    const form = emptyRuleForm();
    const label: TConditionState = { ...newCondition(), field: "labels.", fieldKey: " " };
    const errors = validateRuleForm({ ...form, match: { ...form.match, entries: [label, newCondition()] }, actions: { ...form.actions, recipients: [newRecipient()] } });
    expect(errors).toMatchObject({
      name: "Is required",
      "match.all.0.field": "Enter the label's key",
      "match.all.1.value": "Enter a value",
      "actions.notify.0": "Choose a user",
    });
    expect(errorSummary(errors, { ...form, match: { ...form.match, entries: [label, newCondition()] }, actions: { ...form.actions, recipients: [newRecipient()] } })).toContain(
      "Condition 2 · value: Enter a value",
    );
  });

  it("asks for an action", () => {
    expect(validateRuleForm({ ...emptyRuleForm(), name: "x" })).toEqual({ actions: "Needs at least one action: notify, escalation_policy, suppress, set_severity or stop" });
  });
});

describe("rule summary", () => {
  it("reads like a sentence", () => {
    expect(summarizeMatch(stored.match)).toBe("severity ≥ warning and type matches job.* and labels.env = prod and (job.exit_code is one of 1, 2 or data.retry = true or job.host is missing)");
    expect(summarizeMatch({ all: [] })).toBe("Every event");
    expect(summarizeActions({ notify: [{ role: "OPERATOR" }], channels: ["email", "sms"], stop: true })).toBe("notify role OPERATOR by email, SMS · stop");
    expect(summarizeActions({ notify: [{ user: 3 }] }, (user) => (user === 3 ? "Alice" : undefined))).toBe("notify user Alice");
  });
});
