import { describe, expect, it } from "vitest";
import { auditFilterErrors, fromLocalInput, readAuditFilters, toAuditLogQuery, toLocalInput, type TAuditFilters } from "./audit-log-params";

const none: TAuditFilters = { actor: "", actor_label: "", action: "", target_type: "", target_id: "", from: "", to: "" };

describe("audit log URL parameters", () => {
  it("reads the filters under the API's names and passes only the ones set", () => {
    const filters = readAuditFilters(new URLSearchParams("actor=user:3&action=rule.&target_type=rule&target_id=7&cursor=x"));
    expect(filters).toEqual({ ...none, actor: "user:3", action: "rule.", target_type: "rule", target_id: "7" });
    expect(toAuditLogQuery(filters)).toEqual({ actor: "user:3", action: "rule.", target_type: "rule", target_id: "7" });
  });

  it("drops what the server would refuse instead of failing the page", () => {
    expect(readAuditFilters(new URLSearchParams("actor=bob&from=yesterday&target_id=7"))).toEqual(none);
  });

  it("explains a mistake beside its field, including one between two fields", () => {
    expect(auditFilterErrors({ ...none, action: "Rule updated" }).action).toMatch(/action such as rule.updated/);
    expect(auditFilterErrors({ ...none, target_id: "7" })).toEqual({ target_id: "needs target_type too" });
    expect(auditFilterErrors({ ...none, from: "2026-12-02T10:00:00.000Z", to: "2026-12-01T10:00:00.000Z" })).toEqual({ to: "must be after from" });
    expect(auditFilterErrors({ ...none, actor: "service" })).toEqual({});
  });

  it("turns a datetime-local value into an instant and back", () => {
    const iso = fromLocalInput("2026-12-02T09:30");
    expect(iso).toBe(new Date(2026, 11, 2, 9, 30).toISOString());
    expect(toLocalInput(iso)).toBe("2026-12-02T09:30");
    expect(fromLocalInput("")).toBe("");
    expect(toLocalInput("nonsense")).toBe("");
  });
});
