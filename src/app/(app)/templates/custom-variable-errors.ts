import type { TFieldErrors } from "./template-server-errors";

export type TVariableRow = { id: number; key: string; value: string; description: string };

export type TVariableRowErrors = Partial<Record<"key" | "value" | "description", string>>;
export type TRowErrors = Partial<Record<number, TVariableRowErrors>>;

// The server's rule (ZCustomVariable), repeated so a typo shows before the round trip.
const KEY = /^[a-z][a-z0-9_]{0,63}$/;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Per row: the server's messages (`variables.2.key`) when given, else what the form can see itself. */
export function variableRowErrors(rows: readonly TVariableRow[], server: TFieldErrors | null): TRowErrors {
  const errors: TRowErrors = {};
  const put = (index: number, field: keyof TVariableRowErrors, message: string) => {
    const row = rows[index];
    if (row) errors[row.id] = { ...errors[row.id], [field]: message };
  };
  if (server) {
    for (const [path, messages] of Object.entries(server)) {
      const match = /^variables\.(\d+)\.(key|value|description)$/.exec(path);
      if (match) put(Number(match[1]), match[2] as keyof TVariableRowErrors, capitalise(messages.join(", ")));
    }
    return errors;
  }
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const key = row.key.trim();
    if (!KEY.test(key)) put(index, "key", key ? "Use lowercase letters, digits and _, starting with a letter" : "Enter a key");
    else if (seen.has(key)) put(index, "key", "Another variable has this key");
    seen.add(key);
  });
  return errors;
}
