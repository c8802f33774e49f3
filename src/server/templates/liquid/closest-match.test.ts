import { expect, it } from "vitest";
import { closestMatch } from "./closest-match";

it("finds a typo, a transposition and a prefix", () => {
  expect(closestMatch("upcse", ["upcase", "downcase"])).toBe("upcase");
  expect(closestMatch("stauts", ["status", "step"])).toBe("status");
  expect(closestMatch("runbook", ["runbook_base", "region"])).toBe("runbook_base");
  expect(closestMatch("Titel", ["title", "type"])).toBe("title");
});

it("suggests nothing when no candidate is close", () => {
  expect(closestMatch("colour", ["name", "status", "host", "url"])).toBeUndefined();
  expect(closestMatch("x", ["title"])).toBeUndefined();
});
