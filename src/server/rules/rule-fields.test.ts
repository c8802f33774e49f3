import { describe, expect, it } from "vitest";
import type { TRoutableEvent } from "@/server/events/routable-event";
import { fieldValue, OPS_BY_KIND, parseFieldPath, RULE_FIELDS, RULE_OPS } from "./rule-fields";

const event: TRoutableEvent = {
  type: "job.failed",
  severity: "warning",
  source: null,
  title: "Backup failed",
  message: null,
  job: { name: "nightly-backup", exit_code: 2, duration_ms: 1500 },
  labels: { env: "prod", "app.kubernetes.io/name": "x", "team.name": "ops" },
  data: { items: [{ id: "a1" }, { id: "b2" }], count: 3, nested: { deep: { flag: false } }, "0": "zero" },
  occurredAt: new Date("2026-12-01T00:00:00Z"),
};

describe("parseFieldPath", () => {
  it("knows every fixed field with its kind", () => {
    for (const field of RULE_FIELDS) expect(parseFieldPath(field.name)).toEqual({ kind: field.kind, path: field.name.split(".") });
    expect(parseFieldPath("job.exit_code")).toEqual({ kind: "number", path: ["job", "exit_code"] });
  });

  it("reads a label key with dots as one key", () => {
    expect(parseFieldPath("labels.team.name")).toEqual({ kind: "string", path: ["labels", "team.name"] });
  });

  it("splits data paths into segments", () => {
    expect(parseFieldPath("data.items.0.id")).toEqual({ kind: "data", path: ["data", "items", "0", "id"] });
  });

  it.each(["", "severity.x", "job", "job.error", "labels", "labels.", "labels.a/b", "data", "data.", "data.a..b", "data.a b", `data.${"a".repeat(101)}`, `data.${Array(11).fill("a").join(".")}`, "Severity"])(
    "refuses %j",
    (field) => expect(parseFieldPath(field)).toBeNull(),
  );

  it("accepts ten data segments of 100 characters", () => {
    expect(parseFieldPath(`data.${Array(10).fill("a".repeat(100)).join(".")}`)?.path).toHaveLength(11);
  });
});

describe("fieldValue", () => {
  it.each([
    ["severity", "warning"],
    ["type", "job.failed"],
    ["source", null],
    ["job.name", "nightly-backup"],
    ["job.exit_code", 2],
    ["job.host", undefined],
    ["labels.env", "prod"],
    ["labels.team.name", "ops"],
    ["labels.missing", undefined],
    ["data.count", 3],
    ["data.items.1.id", "b2"],
    ["data.items.2.id", undefined],
    ["data.items.length", undefined],
    ["data.0", "zero"],
    ["data.nested.deep.flag", false],
    ["data.count.x", undefined],
    ["nope", undefined],
  ])("%s is %j", (field, expected) => {
    expect(fieldValue(event, field)).toEqual(expected);
  });

  it("reads only own properties, never the prototype", () => {
    expect(fieldValue(event, "labels.constructor")).toBeUndefined();
    expect(fieldValue(event, "data.__proto__")).toBeUndefined();
    expect(fieldValue(event, "data.items.constructor")).toBeUndefined();
  });

  it("reads nothing from a job-less event", () => {
    expect(fieldValue({ ...event, job: null }, "job.name")).toBeUndefined();
  });
});

describe("OPS_BY_KIND", () => {
  it("offers only known ops, and exists wherever a field can be absent", () => {
    for (const ops of Object.values(OPS_BY_KIND)) for (const op of ops) expect(RULE_OPS).toContain(op);
    expect(OPS_BY_KIND.string).toContain("exists");
    expect(OPS_BY_KIND.severity).not.toContain("regex");
    expect(OPS_BY_KIND.data).toEqual(RULE_OPS);
  });
});
