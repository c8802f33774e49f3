import { describe, expect, it } from "vitest";
import { compileRuleGlob, compileRuleRegex, ZRuleCondition, ZRuleMatch } from "./rule-match-schema";

/** "path: message" for each issue, the path as `zodFieldErrors` joins it under "match". */
function problems(match: unknown): string[] {
  const result = ZRuleMatch.safeParse(match);
  return result.success ? [] : result.error.issues.map((issue) => `${["match", ...issue.path].join(".")}: ${issue.message}`);
}

const one = (condition: unknown) => problems({ all: [{ field: "type", op: "exists" }, { field: "type", op: "exists" }, condition] });

function nested(depth: number): unknown {
  let node: unknown = { field: "type", op: "exists" };
  for (let level = 0; level < depth; level++) node = { all: [node] };
  return node;
}

describe("ZRuleMatch accepts", () => {
  it.each([
    ["the empty all group, which matches every event", { all: [] }],
    ["all inside any inside all", { all: [{ any: [{ all: [{ field: "severity", op: "gte", value: "warning" }] }, { field: "job.exit_code", op: "gt", value: 0 }] }] }],
    ["severity names for in", { any: [{ field: "severity", op: "in", value: ["warning", "critical"] }] }],
    ["numbers for number fields", { all: [{ field: "job.duration_ms", op: "lte", value: 60_000 }, { field: "job.exit_code", op: "in", value: [1, 2] }] }],
    ["scalars of any kind for data fields", { all: [{ field: "data.ok", op: "equals", value: false }, { field: "data.code", op: "in", value: [503, "503", true] }, { field: "data.n", op: "gt", value: 1.5 }] }],
    ["exists with or without a value", { all: [{ field: "source", op: "exists" }, { field: "labels.env", op: "exists", value: false }] }],
    ["a glob and an RE2 regex", { all: [{ field: "job.host", op: "glob", value: "*.example.com" }, { field: "title", op: "regex", value: "(?i)^backup" }] }],
    ["five levels of groups", nested(5)],
    ["fifty entries", { any: Array(50).fill({ field: "type", op: "exists" }) }],
  ])("%s", (_label, match) => {
    expect(problems(match)).toEqual([]);
  });

  it("hands back conditions and groups in their exact shape", () => {
    expect(ZRuleMatch.parse({ any: [{ all: [{ field: "type", op: "equals", value: "job.failed" }] }, { field: "source", op: "exists" }] })).toEqual({
      any: [{ all: [{ field: "type", op: "equals", value: "job.failed" }] }, { field: "source", op: "exists" }],
    });
  });
});

describe("ZRuleMatch names the exact path of", () => {
  it("an unknown field", () => {
    expect(one({ field: "job.colour", op: "equals", value: "red" })).toEqual([
      'match.all.2.field: unknown field "job.colour" (use one of severity, type, source, title, message, job.name, job.status, job.host, job.step, job.run_id, job.duration_ms, job.exit_code, labels.<key> or data.<path>)',
    ]);
  });

  it("a bad label key or data path", () => {
    expect(one({ field: "labels.a b", op: "exists" })).toEqual(['match.all.2.field: has an invalid label key "a b": use 1-100 letters, digits, _ . or -']);
    expect(one({ field: "data.a..b", op: "exists" })).toEqual(['match.all.2.field: has an invalid data path "a..b": use up to 10 dot-separated segments of 1-100 letters, digits, _ or -']);
  });

  it("an unknown op", () => {
    expect(one({ field: "type", op: "matches", value: "x" })).toEqual(['match.all.2.op: unknown op "matches" (use one of equals, not_equals, in, contains, glob, regex, gt, gte, lt, lte, exists)']);
  });

  it("an op that does not suit the field", () => {
    expect(one({ field: "title", op: "gt", value: 3 })).toEqual(["match.all.2.op: gt does not apply to title, a text field (use one of equals, not_equals, in, contains, glob, regex, exists)"]);
    expect(one({ field: "severity", op: "regex", value: "crit" })).toEqual(["match.all.2.op: regex does not apply to severity, which compares by rank (use one of equals, not_equals, in, gt, gte, lt, lte)"]);
    expect(one({ field: "job.exit_code", op: "contains", value: "1" })[0]).toMatch(/^match\.all\.2\.op: contains does not apply to job\.exit_code, a number field/);
  });

  it.each([
    [{ field: "job.exit_code", op: "gt", value: "5" }, "match.all.2.value: must be a number: job.exit_code gt compares numbers"],
    [{ field: "job.exit_code", op: "equals", value: "5" }, "match.all.2.value: must be a number"],
    [{ field: "data.size", op: "lt", value: "big" }, "match.all.2.value: must be a number: data.size lt compares numbers"],
    [{ field: "severity", op: "gte", value: "high" }, "match.all.2.value: must be a severity: one of info, warning, critical"],
    [{ field: "severity", op: "in", value: ["info", "loud"] }, "match.all.2.value.1: must be a severity: one of info, warning, critical"],
    [{ field: "job.exit_code", op: "in", value: [1, "2"] }, "match.all.2.value.1: must be a number"],
    [{ field: "type", op: "equals", value: 5 }, "match.all.2.value: must be a string"],
    [{ field: "data.x", op: "equals", value: [1] }, "match.all.2.value: must be a string, number or boolean"],
    [{ field: "type", op: "in", value: "job.failed" }, "match.all.2.value: must be a list of values for in"],
    [{ field: "type", op: "in", value: [] }, "match.all.2.value: must list at least one value"],
    [{ field: "type", op: "in", value: Array(101).fill("x") }, "match.all.2.value: may list at most 100 values"],
    [{ field: "type", op: "contains", value: "" }, "match.all.2.value: must be a non-empty string"],
    [{ field: "type", op: "equals" }, "match.all.2.value: is required for equals"],
    [{ field: "type", op: "exists", value: "yes" }, "match.all.2.value: must be true or false (or left out, meaning true)"],
    [{ field: "type", op: "equals", value: null }, "match.all.2.value: must be a string, number, boolean or a list of them"],
    [{ field: "type", op: "glob", value: "x".repeat(201) }, "match.all.2.value: must be at most 200 characters"],
    [{ field: "type", op: "regex", value: "x".repeat(501) }, "match.all.2.value: must be at most 500 characters"],
  ])("a wrong value: %j", (condition, message) => {
    expect(one(condition)).toEqual([message]);
  });

  it("a regex that does not compile, with RE2's reason", () => {
    expect(one({ field: "title", op: "regex", value: "disk (full" })).toEqual(["match.all.2.value: does not compile as an RE2 regex: missing closing ) at `disk (full`"]);
    expect(one({ field: "title", op: "regex", value: "a{2000}" })).toEqual(["match.all.2.value: does not compile as an RE2 regex: invalid repeat count at `{2000}`"]);
  });

  it.each([
    ["(a)\\1", "a backreference (\\1)"],
    ["(?<n>a)\\k<n>", "a named backreference (\\k<…>)"],
    ["foo(?=bar)", "a lookahead ((?=…) or (?!…))"],
    ["(?<!x)y", "a lookbehind ((?<=…) or (?<!…))"],
  ])("a regex RE2 refuses by design: %s", (pattern, construct) => {
    expect(one({ field: "message", op: "regex", value: pattern })).toEqual([
      `match.all.2.value: uses ${construct}, which RE2 does not support: RE2 matches in linear time, so it has no backreferences or lookaround`,
    ]);
  });

  it("a glob that does not parse or cannot run safely", () => {
    expect(one({ field: "title", op: "glob", value: "[a-z" })).toEqual(['match.all.2.value: is not a valid glob: Missing closing: "]" - use "\\\\]" to match literal characters']);
    expect(one({ field: "title", op: "glob", value: "*.!(tmp)" })).toEqual(["match.all.2.value: uses !(…) inside the pattern, which cannot be matched safely; a leading ! negates the whole pattern"]);
  });

  it("nesting deeper than five groups, on the group that is too deep", () => {
    expect(problems(nested(6))).toEqual(["match.all.0.all.0.all.0.all.0.all.0.all: is nested too deep: groups nest at most 5 levels"]);
  });

  it("a refused body nested thousands deep, without walking it", () => {
    expect(problems(nested(10_000))).toEqual(["match.all.0.all.0.all.0.all.0.all.0.all: is nested too deep: groups nest at most 5 levels"]);
  });

  it("entries that are neither a condition nor a group", () => {
    expect(problems({ any: [{}, "severity", { field: "type" }, { op: "exists" }, { field: "type", op: "exists", values: 1 }] })).toEqual([
      'match.any.0: must be a condition {"field", "op", "value"} or a group {"all": […]} or {"any": […]}',
      'match.any.1: must be a condition {"field", "op", "value"} or a group {"all": […]} or {"any": […]}',
      "match.any.2.op: is required: one of equals, not_equals, in, contains, glob, regex, gt, gte, lt, lte, exists",
      "match.any.3.field: is required: the field the condition tests, such as severity or job.name",
      'match.any.4: has unknown key "values" (a condition has field, op and value; a group has all or any)',
    ]);
  });

  it("groups with both all and any, or with condition keys beside them", () => {
    expect(problems({ all: [{ all: [nested(0)], any: [nested(0)] }, { any: [nested(0)], field: "type" }] })).toEqual([
      'match.all.0: has both "all" and "any": a group has one of them',
      'match.all.1.field: belongs in a condition inside the group: a group holds only "all" or "any"',
    ]);
  });

  it("groups with no entries or too many", () => {
    expect(problems({ any: [] })).toEqual(['match.any: needs at least one entry (an empty "any" matches nothing)']);
    expect(problems({ all: [{ all: [] }] })).toEqual(['match.all.0.all: needs at least one entry (only the whole match may be {"all": []}, which matches every event)']);
    expect(problems({ all: Array(51).fill(nested(0)) })).toEqual(["match.all: may hold at most 50 entries"]);
  });

  it("a match that is not a group", () => {
    expect(problems({ field: "type", op: "exists" })).toEqual([
      'match: has unknown key "field", "op" (a match is {"all": […]} or {"any": […]})',
      'match: needs "all" or "any": a match is {"all": […]} or {"any": […]}',
    ]);
    expect(problems({})).toEqual(['match: needs "all" or "any": a match is {"all": […]} or {"any": […]}']);
    expect(problems([])).toEqual(['match: must be {"all": […]} or {"any": […]}']);
  });
});

describe("ZRuleCondition", () => {
  it("checks one condition on its own, for the editor's row", () => {
    expect(ZRuleCondition.safeParse({ field: "severity", op: "gte", value: "warning" }).success).toBe(true);
    const result = ZRuleCondition.safeParse({ field: "severity", op: "gte", value: "loud", note: 1 });
    expect(result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)).toEqual([
      ': has unknown key "note" (a condition has field, op and value)',
      "value: must be a severity: one of info, warning, critical",
    ]);
  });
});

describe("compileRuleGlob", () => {
  const glob = (pattern: string, text: string) => {
    const compiled = compileRuleGlob(pattern);
    if (!compiled.ok) throw new Error(compiled.message);
    return compiled.test(text);
  };

  it.each([
    ["*.example.com", "db1.eu.example.com", true],
    ["*.example.com", "example.com", false],
    ["job.*", "job.step.failed", true],
    ["*", ".hidden", true],
    ["deploy-*", "deploy-eu/west.2", true],
    ["backup-??", "backup-01", true],
    ["backup-??", "backup-1", false],
    ["{eu,us}-*", "us-east", true],
    ["[0-9]*", "7.x", true],
    ["@(ci|cd)-runner", "cd-runner", true],
    ["a\\*", "a*", true],
    ["a\\*", "ab", false],
    ["Backup*", "backup nightly", false],
    ["!*.tmp", "report.pdf", true],
    ["!*.tmp", "report.tmp", false],
    ["*", "", false],
  ])("%s on %j is %s", (pattern, text, expected) => {
    expect(glob(pattern, text)).toBe(expected);
  });

  it("lets * span newlines in a message", () => {
    expect(glob("*disk full*", "line one\nthe disk full\nline three")).toBe(true);
  });
});

describe("compileRuleRegex", () => {
  it("is unanchored, case-sensitive unless (?i)", () => {
    const compiled = compileRuleRegex("(?i)disk\\s+full");
    expect(compiled.ok && compiled.test("ALERT: Disk  Full on /var")).toBe(true);
    const strict = compileRuleRegex("disk");
    expect(strict.ok && strict.test("DISK")).toBe(false);
  });
});
