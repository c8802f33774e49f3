import { describe, expect, it } from "vitest";
import type { TRoutableEvent } from "@/server/events/routable-event";
import { compileMatch, explainMatch } from "./compile-match";
import { ZRuleMatch, type TRuleCondition, type TRuleMatch } from "./rule-match-schema";

function makeEvent(overrides: Partial<TRoutableEvent> = {}): TRoutableEvent {
  return {
    type: "job.failed",
    severity: "warning",
    source: "jenkins.eu-west",
    title: "Nightly Backup failed",
    message: null,
    job: { name: "nightly-backup", status: "failed", host: "db1.eu.example.com", run_id: "run-42", exit_code: 2, duration_ms: 90_500 },
    labels: { env: "prod", "team.name": "ops" },
    data: { region: "eu-west-1", attempts: 3, retried: true, status: 503, items: [{ id: "a1" }, { id: "b2", tags: ["x"] }], empty: "", nothing: null },
    occurredAt: new Date("2026-12-01T12:00:00Z"),
    ...overrides,
  };
}

const event = makeEvent();
const matches = (condition: TRuleCondition, on: TRoutableEvent = event) => compileMatch({ all: [condition] })(on);

describe("compileMatch on severity (by rank)", () => {
  it.each([
    ["gte", "warning", "info", false],
    ["gte", "warning", "warning", true],
    ["gte", "warning", "critical", true],
    ["gt", "warning", "critical", true],
    ["gt", "warning", "warning", false],
    ["lte", "warning", "info", true],
    ["lte", "warning", "critical", false],
    ["lt", "critical", "warning", true],
    ["equals", "critical", "critical", true],
    ["equals", "critical", "warning", false],
    ["not_equals", "info", "warning", true],
    ["not_equals", "warning", "warning", false],
  ] as const)("%s %s on %s is %s", (op, value, severity, expected) => {
    expect(matches({ field: "severity", op, value }, makeEvent({ severity }))).toBe(expected);
  });

  it("in takes severity names", () => {
    expect(matches({ field: "severity", op: "in", value: ["warning", "critical"] })).toBe(true);
    expect(matches({ field: "severity", op: "in", value: ["info"] })).toBe(false);
  });
});

describe("compileMatch on text fields", () => {
  it.each<[TRuleCondition, boolean]>([
    [{ field: "type", op: "equals", value: "job.failed" }, true],
    [{ field: "type", op: "equals", value: "JOB.FAILED" }, false],
    [{ field: "type", op: "not_equals", value: "job.timeout" }, true],
    [{ field: "type", op: "not_equals", value: "job.failed" }, false],
    [{ field: "job.status", op: "in", value: ["failed", "timeout"] }, true],
    [{ field: "job.status", op: "in", value: ["succeeded"] }, false],
    [{ field: "title", op: "contains", value: "BACKUP" }, true],
    [{ field: "title", op: "contains", value: "restore" }, false],
    [{ field: "job.host", op: "glob", value: "*.example.com" }, true],
    [{ field: "job.host", op: "glob", value: "db?.*" }, true],
    [{ field: "job.host", op: "glob", value: "*.example.org" }, false],
    [{ field: "source", op: "glob", value: "jenkins*" }, true],
    [{ field: "job.run_id", op: "regex", value: "^run-\\d+$" }, true],
    [{ field: "title", op: "regex", value: "backup" }, false],
    [{ field: "title", op: "regex", value: "(?i)backup" }, true],
    [{ field: "job.step", op: "exists" }, false],
    [{ field: "job.name", op: "exists" }, true],
    [{ field: "job.name", op: "exists", value: false }, false],
  ])("%j is %s", (condition, expected) => {
    expect(matches(condition)).toBe(expected);
  });

  it("glob * crosses dots and slashes", () => {
    expect(matches({ field: "type", op: "glob", value: "job.*" }, makeEvent({ type: "job.step.failed" }))).toBe(true);
    expect(matches({ field: "source", op: "glob", value: "github*api" }, makeEvent({ source: "github/acme/api" }))).toBe(true);
  });

  it("reads labels, including keys with dots", () => {
    expect(matches({ field: "labels.env", op: "equals", value: "prod" })).toBe(true);
    expect(matches({ field: "labels.team.name", op: "in", value: ["ops", "dev"] })).toBe(true);
    expect(matches({ field: "labels.region", op: "exists" })).toBe(false);
    expect(matches({ field: "labels.constructor", op: "exists" })).toBe(false);
  });
});

describe("compileMatch on number fields", () => {
  it.each<[TRuleCondition, boolean]>([
    [{ field: "job.exit_code", op: "equals", value: 2 }, true],
    [{ field: "job.exit_code", op: "not_equals", value: 0 }, true],
    [{ field: "job.exit_code", op: "in", value: [1, 2] }, true],
    [{ field: "job.exit_code", op: "in", value: [0] }, false],
    [{ field: "job.exit_code", op: "gt", value: 0 }, true],
    [{ field: "job.exit_code", op: "gt", value: 2 }, false],
    [{ field: "job.exit_code", op: "gte", value: 2 }, true],
    [{ field: "job.duration_ms", op: "lt", value: 60_000 }, false],
    [{ field: "job.duration_ms", op: "lte", value: 90_500 }, true],
    [{ field: "job.duration_ms", op: "exists" }, true],
  ])("%j is %s", (condition, expected) => {
    expect(matches(condition)).toBe(expected);
  });
});

describe("compileMatch on data paths", () => {
  it.each<[TRuleCondition, boolean]>([
    [{ field: "data.region", op: "equals", value: "eu-west-1" }, true],
    [{ field: "data.attempts", op: "equals", value: 3 }, true],
    [{ field: "data.attempts", op: "equals", value: "3" }, false],
    [{ field: "data.retried", op: "equals", value: true }, true],
    [{ field: "data.retried", op: "not_equals", value: false }, true],
    [{ field: "data.status", op: "in", value: [502, 503, "504"] }, true],
    [{ field: "data.status", op: "regex", value: "^5\\d\\d$" }, true],
    [{ field: "data.status", op: "contains", value: "03" }, true],
    [{ field: "data.region", op: "glob", value: "eu-*" }, true],
    [{ field: "data.attempts", op: "gt", value: 2 }, true],
    [{ field: "data.attempts", op: "gte", value: 4 }, false],
    [{ field: "data.attempts", op: "lt", value: 3.5 }, true],
    [{ field: "data.attempts", op: "lte", value: 2 }, false],
    [{ field: "data.region", op: "gt", value: 0 }, false],
    [{ field: "data.items.1.id", op: "equals", value: "b2" }, true],
    [{ field: "data.items.1.tags.0", op: "equals", value: "x" }, true],
    [{ field: "data.items.5.id", op: "exists" }, false],
    [{ field: "data.items", op: "contains", value: "a1" }, false],
    [{ field: "data.items", op: "exists" }, true],
    [{ field: "data.empty", op: "exists" }, false],
    [{ field: "data.nothing", op: "exists", value: false }, true],
  ])("%j is %s", (condition, expected) => {
    expect(matches(condition)).toBe(expected);
  });
});

describe("compileMatch on a missing field", () => {
  const bare = makeEvent({ source: null, message: null, job: null, labels: {}, data: {} });

  it.each<[TRuleCondition, boolean]>([
    [{ field: "source", op: "equals", value: "x" }, false],
    [{ field: "source", op: "not_equals", value: "x" }, true],
    [{ field: "job.name", op: "in", value: ["x"] }, false],
    [{ field: "message", op: "contains", value: "x" }, false],
    [{ field: "message", op: "glob", value: "*" }, false],
    [{ field: "message", op: "regex", value: ".*" }, false],
    [{ field: "job.exit_code", op: "gte", value: 0 }, false],
    [{ field: "job.exit_code", op: "lt", value: 1 }, false],
    [{ field: "labels.env", op: "exists" }, false],
    [{ field: "data.x.y", op: "exists", value: false }, true],
  ])("%j is %s", (condition, expected) => {
    expect(matches(condition, bare)).toBe(expected);
  });
});

describe("compileMatch on groups", () => {
  it("matches every event with the empty all group", () => {
    expect(compileMatch({ all: [] })(event)).toBe(true);
    expect(compileMatch({ all: [] })(makeEvent({ severity: "info", job: null }))).toBe(true);
  });

  it("evaluates all inside any inside all", () => {
    const match: TRuleMatch = {
      all: [
        { field: "severity", op: "gte", value: "warning" },
        { any: [{ field: "labels.env", op: "equals", value: "staging" }, { all: [{ field: "job.exit_code", op: "gt", value: 0 }, { field: "type", op: "glob", value: "job.*" }] }] },
      ],
    };
    const predicate = compileMatch(match);
    expect(predicate(event)).toBe(true);
    expect(predicate(makeEvent({ job: { exit_code: 0 } }))).toBe(false);
    expect(predicate(makeEvent({ job: { exit_code: 0 }, labels: { env: "staging" } }))).toBe(true);
    expect(predicate(makeEvent({ severity: "info" }))).toBe(false);
  });

  it("any of nothing-but-misses is false", () => {
    expect(compileMatch({ any: [{ field: "type", op: "equals", value: "x" }, { field: "type", op: "equals", value: "y" }] })(event)).toBe(false);
  });

  it("works on what ZRuleMatch hands back", () => {
    const match = ZRuleMatch.parse({ any: [{ field: "job.host", op: "glob", value: "db*" }] });
    expect(compileMatch(match)(event)).toBe(true);
  });

  it("refuses a match that skipped validation", () => {
    expect(() => compileMatch({ all: [{ field: "colour", op: "equals", value: "red" }] })).toThrow(/colour equals is invalid \(unknown field\)/);
    expect(() => compileMatch({ all: [{ field: "title", op: "regex", value: "(a)\\1" }] })).toThrow(/backreference/);
  });
});

describe("compileMatch against ReDoS", () => {
  // Native RegExp backtracks exponentially on this pair and would not finish; RE2 is linear.
  it(
    "runs the catastrophic (a+)+$ on 50,000 characters in linear time",
    () => {
      const predicate = compileMatch({ all: [{ field: "message", op: "regex", value: "(a+)+$" }] });
      const started = performance.now();
      expect(predicate(makeEvent({ message: `${"a".repeat(50_000)}!` }))).toBe(false);
      expect(predicate(makeEvent({ message: "a".repeat(50_000) }))).toBe(true);
      expect(performance.now() - started).toBeLessThan(10_000);
    },
    60_000,
  );

  it(
    "runs a backtracking-prone glob on 50,000 characters in linear time",
    () => {
      const predicate = compileMatch({ all: [{ field: "message", op: "glob", value: "*a*a*a*a*a*a*b" }] });
      expect(predicate(makeEvent({ message: "a".repeat(50_000) }))).toBe(false);
      expect(predicate(makeEvent({ message: `${"a".repeat(50_000)}b` }))).toBe(true);
    },
    60_000,
  );
});

describe("explainMatch", () => {
  it("mirrors the match with what each condition saw", () => {
    const match: TRuleMatch = {
      any: [
        { field: "severity", op: "equals", value: "critical" },
        { all: [{ field: "job.name", op: "contains", value: "backup" }, { field: "source", op: "exists" }] },
        { field: "job.step", op: "equals", value: "upload" },
      ],
    };
    expect(explainMatch(match, event)).toEqual({
      type: "group",
      mode: "any",
      matched: true,
      entries: [
        { type: "condition", field: "severity", op: "equals", value: "critical", matched: false, actual: "warning" },
        {
          type: "group",
          mode: "all",
          matched: true,
          entries: [
            { type: "condition", field: "job.name", op: "contains", value: "backup", matched: true, actual: "nightly-backup" },
            { type: "condition", field: "source", op: "exists", matched: true, actual: "jenkins.eu-west" },
          ],
        },
        // Evaluated although the group before it already decided: the UI shows every row.
        { type: "condition", field: "job.step", op: "equals", value: "upload", matched: false, actual: null },
      ],
    });
  });

  it("stringifies numbers and JSON, truncated to 100 characters", () => {
    const long = makeEvent({ message: "x".repeat(500) });
    const explanation = explainMatch({ all: [{ field: "job.exit_code", op: "gt", value: 0 }, { field: "data.items.1", op: "exists" }, { field: "message", op: "contains", value: "y" }] }, long);
    const actual = explanation.entries.map((entry) => (entry.type === "condition" ? entry.actual : "group"));
    expect(actual).toEqual(["2", '{"id":"b2","tags":["x"]}', `${"x".repeat(99)}…`]);
    expect(explanation.matched).toBe(false);
  });

  it("agrees with compileMatch", () => {
    const match: TRuleMatch = { all: [{ field: "severity", op: "gte", value: "warning" }, { field: "data.attempts", op: "lt", value: 5 }] };
    for (const severity of ["info", "warning", "critical"] as const) {
      const one = makeEvent({ severity });
      expect(explainMatch(match, one).matched).toBe(compileMatch(match)(one));
    }
  });
});
