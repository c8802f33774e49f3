import { describe, expect, it } from "vitest";
import type { TEscalationPolicyView } from "@/server/incidents/escalation-policies";
import { emptyPolicyForm, moveLevel, newLevel, policyFormFrom, policyInputFrom, removeLevel, splitSeconds, toSeconds, type TPolicyFormState } from "./policy-form-state";

const view: TEscalationPolicyView = {
  id: 3,
  name: "Database on-call",
  description: null,
  levels: [
    { delay_seconds: 600, targets: [{ user: 7 }] },
    { delay_seconds: 300, targets: [{ role: "OPERATOR" }, { channel_name: "ops-slack" }] },
    { delay_seconds: 7200, targets: [{ email: "cto@example.com" }] },
  ],
  repeat: 1,
  created_at: "",
  updated_at: "",
};

const targets = (state: TPolicyFormState) => state.levels.map((level) => level.targets.map((target) => `${target.type}:${target.value}`));

describe("escalation policy form state", () => {
  it("shows waits in the largest unit that divides them, and turns them back into seconds", () => {
    expect(splitSeconds(900)).toEqual({ wait: "15", unit: "minutes" });
    expect(splitSeconds(7200)).toEqual({ wait: "2", unit: "hours" });
    expect(splitSeconds(45)).toEqual({ wait: "45", unit: "seconds" });
    expect(splitSeconds(0)).toEqual({ wait: "0", unit: "seconds" });
    expect(toSeconds("1.1", "minutes")).toBe(66);
    expect(toSeconds("0.5", "seconds")).toBe(0.5);
    expect(toSeconds(" ", "minutes")).toBeNaN();
  });

  it("round-trips a saved policy; level 1's delay is the pause before a repeat", () => {
    const state = policyFormFrom(view);
    expect(state).toMatchObject({ name: "Database on-call", description: "", repeat: 1, pause: "10", pauseUnit: "minutes" });
    expect(targets(state)).toEqual([["user:7"], ["role:OPERATOR", "channel_name:ops-slack"], ["email:cto@example.com"]]);
    expect(policyInputFrom(state)).toEqual({
      name: "Database on-call",
      description: null,
      levels: view.levels,
      repeat: 1,
    });
  });

  it("sends level 1 at once when the policy does not repeat, and users picked by id as numbers", () => {
    const state = { ...emptyPolicyForm(), name: "Web", repeat: 0, pause: "10" };
    state.levels[0]!.targets[0]!.value = "12";
    expect(policyInputFrom(state)).toEqual({ name: "Web", description: null, levels: [{ delay_seconds: 0, targets: [{ user: 12 }] }], repeat: 0 });
  });

  it("moves who is paged between levels while the waits keep their places", () => {
    const state = policyFormFrom(view);
    const moved = moveLevel(state, 2, -1);
    expect(targets(moved)).toEqual([["user:7"], ["email:cto@example.com"], ["role:OPERATOR", "channel_name:ops-slack"]]);
    expect(moved.levels.map((level) => `${level.wait} ${level.unit}`)).toEqual(["10 minutes", "5 minutes", "2 hours"]);
    expect(moveLevel(state, 0, -1)).toBe(state);
    expect(moveLevel(state, 2, 1)).toBe(state);
  });

  it("removes a level with its own wait", () => {
    const removed = removeLevel(policyFormFrom(view), 1);
    expect(policyInputFrom(removed).levels).toEqual([view.levels[0], view.levels[2]]);
    expect(newLevel()).toMatchObject({ wait: "15", unit: "minutes", targets: [{ type: "user", value: "" }] });
  });
});
