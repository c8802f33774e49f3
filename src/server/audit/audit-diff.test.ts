import { describe, expect, it } from "vitest";
import { auditDiff, MASK } from "./audit-diff";

describe("auditDiff", () => {
  it("lists only the fields that changed, with both values", () => {
    expect(auditDiff({ name: "a", enabled: true, tags: ["x"] }, { name: "b", enabled: true, tags: ["x"] })).toEqual({ name: { from: "a", to: "b" } });
    expect(auditDiff({ match: { all: [1] } }, { match: { all: [1, 2] } })).toEqual({ match: { from: { all: [1] }, to: { all: [1, 2] } } });
  });

  it("shows a creation with `to` only and a deletion with `from` only", () => {
    expect(auditDiff(null, { name: "ops" })).toEqual({ name: { to: "ops" } });
    expect(auditDiff({ name: "ops" }, null)).toEqual({ name: { from: "ops" } });
  });

  it("never shows a secret: set, changed and removed secrets read as the mask or null", () => {
    expect(auditDiff({ password: "old-secret" }, { password: "new-secret" }, ["password"])).toEqual({ password: { from: MASK, to: MASK } });
    expect(auditDiff({ password: null }, { password: "s3cret" }, ["password"])).toEqual({ password: { from: null, to: MASK } });
    expect(auditDiff({ password: "s3cret" }, { password: null }, ["password"])).toEqual({ password: { from: MASK, to: null } });
    expect(JSON.stringify(auditDiff(null, { url: "https://hooks.slack.com/T/B/secret" }, ["url"]))).not.toContain("secret");
  });

  it("is empty when nothing changed", () => {
    expect(auditDiff({ a: 1, b: [1, { c: 2 }] }, { a: 1, b: [1, { c: 2 }] })).toEqual({});
  });
});
