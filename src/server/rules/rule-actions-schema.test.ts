import { describe, expect, it } from "vitest";
import { ZRuleActions } from "./rule-actions-schema";

function problems(actions: unknown): string[] {
  const result = ZRuleActions.safeParse(actions);
  return result.success ? [] : result.error.issues.map((issue) => `${["actions", ...issue.path].join(".")}: ${issue.message}`);
}

const notify = [{ role: "operator" }];

describe("ZRuleActions accepts", () => {
  it.each([
    ["notify alone", { notify }],
    ["notify with channels", { notify, channels: ["email", "slack"] }],
    ["suppress", { suppress: true }],
    ["suppress and stop", { suppress: true, stop: true }],
    ["set_severity alone", { set_severity: "critical" }],
    ["stop alone", { stop: true }],
    ["switches that are off", { notify, suppress: false, stop: false }],
    ["repeat_interval for re-sent alerts, without grouping", { notify, repeat_interval: 3_600 }],
  ])("%s", (_label, actions) => {
    expect(problems(actions)).toEqual([]);
  });

  it("normalises recipients the way events do", () => {
    expect(ZRuleActions.parse({ notify: [{ role: " operator " }, { email: "Ops@Example.com" }] }).notify).toEqual([{ role: "OPERATOR" }, { email: "ops@example.com" }]);
  });
});

describe("ZRuleActions refuses", () => {
  it.each([
    ["no action", {}, ["actions: needs at least one action: notify, escalation_policy, suppress, set_severity or stop"]],
    ["only switches that are off", { stop: false }, ["actions: needs at least one action: notify, escalation_policy, suppress, set_severity or stop"]],
    ["suppress with notify", { suppress: true, notify }, ["actions.suppress: cannot be combined with notify: a suppressed event is dropped, so nothing is sent or changed"]],
    [
      "suppress with channels and set_severity",
      { suppress: true, channels: ["sms"], set_severity: "info" },
      ["actions.suppress: cannot be combined with channels, set_severity: a suppressed event is dropped, so nothing is sent or changed"],
    ],
    ["channels without notify", { channels: ["email"], stop: true }, ["actions.channels: only applies with notify: it picks which of the notified users' channels to use"]],
    ["an unknown channel", { notify, channels: ["pager"] }, ["actions.channels.0: must be one of email, slack, teams, webhook, sms"]],
    ["a channel twice", { notify, channels: ["email", "email"] }, ["actions.channels: lists a channel twice"]],
    ["no channels", { notify, channels: [] }, ["actions.channels: needs at least one channel (one of email, slack, teams, webhook, sms)"]],
    ["nobody to notify", { notify: [] }, ["actions.notify: needs at least one recipient"]],
    ["a bad recipient", { notify: [{ team: "ops" }] }, ['actions.notify.0: must be {"user": id or email}, {"role": "OPERATOR"}, {"channel_name": "…"} or {"email": "…"}']],
    ["an unknown severity", { set_severity: "loud" }, ["actions.set_severity: must be one of info, warning, critical"]],
    ["suppress as a string", { suppress: "yes" }, ["actions.suppress: must be true or false"]],
    ["unknown action keys", { notify, escalate: true, page: 1 }, ['actions: has unknown action "escalate", "page" (use notify, channels, template, escalation_policy, group_by, group_wait, group_interval, repeat_interval, suppress, set_severity, stop)']],
    ["a list", [], ["actions: must be an object of actions (notify, channels, template, escalation_policy, group_by, group_wait, group_interval, repeat_interval, suppress, set_severity, stop)"]],
    ["repeat_interval without recipients", { stop: true, repeat_interval: 3_600 }, ["actions.repeat_interval: only applies with notify: it says how often this rule's recipients are told again"]],
    ["group_wait without group_by", { notify, group_wait: 30 }, ["actions.group_wait: only applies with group_by"]],
    ["a repeat_interval under a minute", { notify, repeat_interval: 5 }, ["actions.repeat_interval: must be at least 60 s"]],
    ["a template without recipients", { template: "ops-failure" }, ["actions.template: only applies with notify: it picks the words of the notifications this rule sends"]],
    ["a template key with capitals", { notify, template: "Ops Failure" }, ["actions.template: must be a template key (lowercase letters, digits, - or _)"]],
  ])("%s", (_label, actions, expected) => {
    expect(problems(actions)).toEqual(expected);
  });
});
