/**
 * The path of the first string (or key) holding U+0000, or null. PostgreSQL
 * text cannot store that character: without this check such input became a
 * database error and a 500 instead of a 400 naming the field.
 */
export function findNulCharacter(value: unknown, path: (string | number)[] = [], depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") || "body" : null;
  if (depth > 64 || typeof value !== "object" || value === null) return null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNulCharacter(item, [...path, index], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key.includes("\u0000")) return [...path, key].join(".");
    const found = findNulCharacter(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
