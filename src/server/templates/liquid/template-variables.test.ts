import { describe, expect, it } from "vitest";
import { sampleContext } from "./sample-contexts";
import { TEMPLATE_VARIABLES, templateVariablesFor, type TTemplateVariable } from "./template-variables";

const failed = sampleContext("job-failed");

function valueAt(root: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined), root);
}

/** Every leaf path of the rendered context; maps (labels, data) and custom count as one. */
function leafPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || ["event.labels", "event.data", "custom"].includes(prefix)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}

function matchesType(variable: TTemplateVariable, value: unknown): boolean {
  if (variable.type === "map") return typeof value === "object" && value !== null;
  if (variable.type === "datetime") return typeof value === "string" && !Number.isNaN(Date.parse(value));
  return typeof value === variable.type;
}

describe("TEMPLATE_VARIABLES", () => {
  it.each(TEMPLATE_VARIABLES.map((variable) => [variable.path, variable] as const))("%s is in the job-failed sample with its type and sample value", (path, variable) => {
    const value = valueAt(failed, path);
    expect(matchesType(variable, value)).toBe(true);
    if (variable.type !== "map") expect(value).toEqual(variable.sample);
  });

  it("documents every value the context builder produces", () => {
    const documented = new Set([...TEMPLATE_VARIABLES.map((variable) => variable.path), "custom"]);
    expect(leafPaths(failed).filter((path) => !documented.has(path))).toEqual([]);
  });

  it("adds the custom variables with their values as samples", () => {
    const variables = templateVariablesFor({ runbook_base: "https://runbooks.example.com" });
    expect(variables).toHaveLength(TEMPLATE_VARIABLES.length + 1);
    expect(variables.at(-1)).toMatchObject({ path: "custom.runbook_base", type: "string", sample: "https://runbooks.example.com" });
  });
});
