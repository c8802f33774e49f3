import { describe, expect, it } from "vitest";
import { formatWindow, periodStart } from "./fold-window";

describe("fold windows", () => {
  it("says a window in the largest whole unit", () => {
    expect(formatWindow(600_000)).toBe("10 min");
    expect(formatWindow(3_600_000)).toBe("1 h");
    expect(formatWindow(90_000)).toBe("90 s");
    expect(formatWindow(3_000)).toBe("3 s");
  });

  it("puts every instant of a period in the same one, whatever process asks", () => {
    const period = 5 * 60_000;
    expect(periodStart(new Date("2026-12-01T14:02:59.999Z"), period).toISOString()).toBe("2026-12-01T14:00:00.000Z");
    expect(periodStart(new Date("2026-12-01T14:05:00.000Z"), period).toISOString()).toBe("2026-12-01T14:05:00.000Z");
  });
});
