import { describe, expect, it } from "vitest";
import { alertsText, prettyPayload } from "./delivery-words";

describe("delivery words", () => {
  it("counts alerts and says which were already known", () => {
    expect(alertsText({ status: "accepted", alert_count: 1, repeated_count: 0 })).toBe("1 alert");
    expect(alertsText({ status: "accepted", alert_count: 3, repeated_count: 2 })).toBe("3 alerts (2 already known: nobody told again)");
    expect(alertsText({ status: "rejected", alert_count: 0, repeated_count: 0 })).toBe("—");
  });

  it("indents JSON and leaves a cut payload as it is", () => {
    expect(prettyPayload('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyPayload('{"a":')).toBe('{"a":');
  });
});
