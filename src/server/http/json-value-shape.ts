export type TJsonValueShape = {
  /** Levels of arrays/objects: `{}` is 1, `{"a": [1]}` is 2; scalars are 0. */
  depth: number;
  /** Object keys at every level together. */
  keys: number;
  /** True when the walk stopped at `maxDepth` (then `depth` is `maxDepth + 1` and `keys` counts what it saw). */
  deeper: boolean;
};

/**
 * How deep and how wide a parsed JSON value is, walked without recursion and
 * never below `maxDepth + 1`, so a value nested 100,000 deep costs no more
 * than one nested `maxDepth + 1` deep.
 */
export function jsonValueShape(value: unknown, maxDepth: number): TJsonValueShape {
  let depth = 0;
  let keys = 0;
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, level] = next;
    if (typeof item !== "object" || item === null) continue;
    depth = Math.max(depth, level);
    if (level > maxDepth) return { depth, keys, deeper: true };
    const children = Array.isArray(item) ? item : Object.values(item);
    if (!Array.isArray(item)) keys += children.length;
    for (const child of children) pending.push([child, level + 1]);
  }
  return { depth, keys, deeper: false };
}
