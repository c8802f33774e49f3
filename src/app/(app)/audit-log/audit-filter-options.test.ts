import { describe, expect, it } from "vitest";
import { actionGroups, actorOptions, targetTypeOptions } from "./audit-filter-options";

describe("audit filter options", () => {
  it("groups actions by target type, each group led by its prefix", () => {
    expect(actionGroups(["rule.updated", "rule.created", "smtp_settings.updated"], "")).toEqual([
      { label: "rule", options: [{ value: "rule.", label: "Any rule action" }, { value: "rule.created", label: "rule.created" }, { value: "rule.updated", label: "rule.updated" }] },
      { label: "smtp settings", options: [{ value: "smtp_settings.", label: "Any smtp settings action" }, { value: "smtp_settings.updated", label: "smtp_settings.updated" }] },
    ]);
  });

  it("keeps a value from the URL the log does not hold, and a prefix written with .*", () => {
    expect(actionGroups([], "channel.deleted")).toEqual([{ label: "channel", options: [{ value: "channel.", label: "Any channel action" }, { value: "channel.deleted", label: "channel.deleted" }] }]);
    expect(actionGroups(["rule.updated"], "rule.*")[0]!.options[0]).toEqual({ value: "rule.*", label: "Any rule action" });
    expect(actionGroups([], "user.")).toEqual([{ label: "user", options: [{ value: "user.", label: "Any user action" }] }]);
  });

  it("offers the kinds of actor and the one a row chose", () => {
    expect(actorOptions("user:12").map((option) => option.value)).toEqual(["user", "api_key", "service", "user:12"]);
    expect(actorOptions("api_key:3").at(-1)).toEqual({ value: "api_key:3", label: "API key #3" });
    expect(targetTypeOptions(["rule"], "incident")).toEqual([{ value: "incident", label: "incident" }, { value: "rule", label: "rule" }]);
  });
});
