import { describe, expect, it } from "vitest";
import { durationText, levelTimingText, repeatText, targetText } from "./policy-words";

describe("escalation policy words", () => {
  it("writes waits in the largest units", () => {
    expect(durationText(0)).toBe("0 s");
    expect(durationText(45)).toBe("45 s");
    expect(durationText(300)).toBe("5 min");
    expect(durationText(5400)).toBe("1 h 30 min");
    expect(durationText(7 * 86_400)).toBe("7 d");
  });

  it("says level 1 goes out at once whatever its delay says", () => {
    expect(levelTimingText(0, 600)).toBe("at once");
    expect(levelTimingText(1, 900)).toBe("15 min later");
  });

  it("names targets, users by name when known", () => {
    expect(targetText({ user: 7 }, (user) => (user === 7 ? "Ana" : undefined))).toBe("user Ana");
    expect(targetText({ user: "bo@example.com" })).toBe("user bo@example.com");
    expect(targetText({ role: "OPERATOR" })).toBe("everyone with role OPERATOR");
    expect(targetText({ channel_name: "ops-slack" })).toBe("channel ops-slack");
    expect(targetText({ email: "cto@example.com" })).toBe("cto@example.com");
  });

  it("counts the runs of a repeating policy, with the server's default pause", () => {
    expect(repeatText({ repeat: 0, levels: [] })).toBe("Once, no repeat");
    expect(repeatText({ repeat: 2, levels: [{ delay_seconds: 0, targets: [] }] })).toBe("3 times in all, 5 min after the last level");
    expect(repeatText({ repeat: 1, levels: [{ delay_seconds: 3600, targets: [] }] })).toBe("2 times in all, 1 h after the last level");
  });
});
