import { describe, expect, it } from "vitest";
import { errorSummary, errorUnder, fieldName, formErrorsFrom, validatePolicyForm } from "./policy-form-errors";
import { emptyPolicyForm, newLevel, type TPolicyFormState } from "./policy-form-state";

function filled(): TPolicyFormState {
  const state = { ...emptyPolicyForm(), name: "On-call" };
  state.levels[0]!.targets[0]!.value = "1";
  return state;
}

describe("escalation policy form errors", () => {
  it("passes a complete policy", () => {
    expect(validatePolicyForm(filled())).toEqual({});
  });

  it("names the empty name and the empty picker, in plain words", () => {
    const errors = validatePolicyForm(emptyPolicyForm());
    expect(errors).toEqual({ name: "Is required", "levels.0.targets.0": "Choose a user" });
    expect(errorSummary(errors)).toEqual(["Name: Is required", "Level 1 · target 1: Choose a user"]);
  });

  it("uses the schema's own rule that a later level must wait", () => {
    const state = filled();
    const second = newLevel();
    second.targets[0] = { ...second.targets[0]!, type: "role", value: "OPERATOR" };
    state.levels.push({ ...second, wait: "0" });
    expect(validatePolicyForm(state)).toEqual({ "levels.1.delay_seconds": "Must be positive: a later level waits for an acknowledgement" });
    expect(validatePolicyForm({ ...state, levels: [state.levels[0]!, { ...second, wait: "soon" }] })).toEqual({ "levels.1.delay_seconds": "Enter a number" });
    expect(validatePolicyForm({ ...state, levels: [state.levels[0]!, { ...second, wait: "8", unit: "hours" }] })).toEqual({});
    expect(validatePolicyForm({ ...state, levels: [state.levels[0]!, { ...second, wait: "200", unit: "hours" }] })).toEqual({ "levels.1.delay_seconds": "Must be at most a week" });
  });

  it("checks the pause only when the policy repeats", () => {
    expect(validatePolicyForm({ ...filled(), pause: "" })).toEqual({});
    expect(validatePolicyForm({ ...filled(), repeat: 2, pause: "" })).toEqual({ "levels.0.delay_seconds": "Enter how long to wait" });
  });

  it("reads the server's errors and finds a target's message under its row", () => {
    const errors = formErrorsFrom({ "levels.0.targets.1.user": ["no user 99"], name: ["is already taken"] });
    expect(errors).toEqual({ "levels.0.targets.1.user": "No user 99", name: "Is already taken" });
    expect(errorUnder(errors, "levels.0.targets.1")).toBe("No user 99");
    expect(errorUnder(errors, "levels.0.targets.0")).toBeUndefined();
  });

  it("names every field an error can belong to", () => {
    expect(fieldName("levels.0.delay_seconds")).toBe("Pause before a repeat");
    expect(fieldName("levels.2.delay_seconds")).toBe("Level 3 · wait");
    expect(fieldName("levels.1.targets")).toBe("Level 2 · targets");
    expect(fieldName("levels.1.targets.0.channel_name")).toBe("Level 2 · target 1");
    expect(fieldName("levels")).toBe("Levels");
    expect(fieldName("body")).toBe("body");
  });
});
