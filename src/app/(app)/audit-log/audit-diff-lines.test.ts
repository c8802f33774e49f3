import { describe, expect, it } from "vitest";
import { auditDiffLines, showAuditValue } from "./audit-diff-lines";

describe("auditDiffLines", () => {
  it("reads a change as from → to, a creation as `to` only and a deletion as `from` only", () => {
    expect(auditDiffLines({ name: { from: "Backups", to: "Nightly backups" }, enabled: { to: true }, channel: { from: "slack" } })).toEqual([
      { field: "name", kind: "changed", from: { text: "Backups" }, to: { text: "Nightly backups" } },
      { field: "enabled", kind: "set", to: { text: "true" } },
      { field: "channel", kind: "removed", from: { text: "slack" } },
    ]);
  });

  it("shows a masked secret as the mask and a cleared one as none, never anything else", () => {
    expect(auditDiffLines({ password: { from: "••••", to: "••••" }, token: { from: "••••", to: null } })).toEqual([
      { field: "password", kind: "changed", from: { text: "••••" }, to: { text: "••••" } },
      { field: "token", kind: "changed", from: { text: "••••" }, to: { text: "none", muted: true } },
    ]);
  });

  it("is empty for an entry without a diff (an acknowledgement, a requeue)", () => {
    expect(auditDiffLines({})).toEqual([]);
  });
});

describe("showAuditValue", () => {
  it("prints plain values as text and says none or empty for missing ones", () => {
    expect(showAuditValue(0)).toEqual({ text: "0" });
    expect(showAuditValue(false)).toEqual({ text: "false" });
    expect(showAuditValue(undefined)).toEqual({ text: "none", muted: true });
    expect(showAuditValue("")).toEqual({ text: "empty", muted: true });
    expect(showAuditValue([])).toEqual({ text: "empty list", muted: true });
  });

  it("joins lists of plain values, writes nested ones as compact JSON, and cuts long ones", () => {
    expect(showAuditValue(["email", "slack"])).toEqual({ text: "email, slack" });
    expect(showAuditValue({ all: [{ field: "type", op: "glob", value: "job.*" }] })).toEqual({ text: '{"all":[{"field":"type","op":"glob","value":"job.*"}]}' });
    const long = showAuditValue("x".repeat(1000)).text;
    expect(long).toHaveLength(300);
    expect(long.endsWith("…")).toBe(true);
  });
});
