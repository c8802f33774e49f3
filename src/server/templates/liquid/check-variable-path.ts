import { Variable } from "liquidjs";
import { closestMatch } from "./closest-match";
import { TEMPLATE_VARIABLES, type TTemplateVariableType } from "./template-variables";

type TNode = { type: TTemplateVariableType | "object"; children: Map<string, TNode> };

function objectNode(): TNode {
  return { type: "object", children: new Map() };
}

/** The documented variables (and the custom keys) as a tree of path segments. */
export function variableTree(customVariables: readonly string[]): TNode {
  const root = objectNode();
  root.children.set("custom", objectNode());
  const entries = [
    ...TEMPLATE_VARIABLES.map((variable) => ({ segments: variable.path.split("."), type: variable.type })),
    ...customVariables.map((key) => ({ segments: ["custom", key], type: "string" as const })),
  ];
  for (const { segments, type } of entries) {
    let node = root;
    segments.forEach((segment, i) => {
      let child = node.children.get(segment);
      if (!child) {
        child = i === segments.length - 1 ? { type, children: new Map() } : objectNode();
        node.children.set(segment, child);
      }
      node = child;
    });
  }
  return root;
}

// Properties LiquidJS itself answers on a text or list: `{{ job.name.size }}`.
const BUILT_IN_PROPERTIES = new Set(["size"]);

/**
 * Undefined when the path is documented, else why not. A `map` (event.labels, event.data)
 * takes any key below it; a dynamic index (`job[key]`) cannot be checked and passes.
 */
export function unknownVariableMessage(variable: Variable, tree: TNode): string | undefined {
  let node = tree;
  const segments = variable.segments;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (node.type === "map" || segment instanceof Variable) return undefined;
    const isLeaf = node.type !== "object";
    if (isLeaf && i === segments.length - 1 && BUILT_IN_PROPERTIES.has(String(segment))) return undefined;
    const child = typeof segment === "string" && !isLeaf ? node.children.get(segment) : undefined;
    if (!child) return describe(variable, i, node, tree);
    node = child;
  }
  return undefined;
}

function describe(variable: Variable, failedAt: number, parent: TNode, tree: TNode): string {
  const written = variable.toString();
  const segment = variable.segments[failedAt];
  if (failedAt === 1 && variable.segments[0] === "custom" && (tree.children.get("custom")?.children.size ?? 0) === 0) {
    return `unknown variable ${written}: no custom variables are defined`;
  }
  const guess = typeof segment === "string" ? closestMatch(segment, parent.children.keys()) : undefined;
  if (guess === undefined) return `unknown variable ${written}`;
  const path = [...variable.segments.slice(0, failedAt), guess, ...variable.segments.slice(failedAt + 1)];
  return `unknown variable ${written} — did you mean ${new Variable(path, variable.location).toString()}?`;
}
