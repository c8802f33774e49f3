import { describe, expect, it } from "vitest";
import { changesWithin, isFlapping, isStableAgain } from "./flapping";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 3, minute));
const options = { maxChanges: 4, windowMs: 30 * 60_000 };

describe("flapping detection", () => {
  it("is flapping past K changes within the window, not at K", () => {
    expect(isFlapping([at(0), at(5), at(10), at(15)], at(16), options)).toBe(false);
    expect(isFlapping([at(0), at(5), at(10), at(15), at(20)], at(21), options)).toBe(true);
  });

  it("counts only the changes inside the window", () => {
    // Five changes, but the first two are more than 30 minutes before 03:45.
    expect(changesWithin([at(0), at(10), at(20), at(30), at(40)], at(45), options.windowMs)).toBe(3);
    expect(isFlapping([at(0), at(10), at(20), at(30), at(40)], at(45), options)).toBe(false);
  });

  it("is stable again only a whole window after the last change", () => {
    expect(isStableAgain([at(0), at(20)], at(49), options.windowMs)).toBe(false);
    expect(isStableAgain([at(0), at(20)], at(50), options.windowMs)).toBe(true);
    expect(isStableAgain([], at(0), options.windowMs)).toBe(true);
  });
});
