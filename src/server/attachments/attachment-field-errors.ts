import { z } from "zod";
import { AppError } from "@/server/errors/app-error";

/** ["attachments", 0, "filename"] -> "attachments[0].filename", the way a caller writes it. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join("");
}

/** Parses `value` as the part of the request at `path`, with a 400 naming fields as `fieldPath` does. */
export function parseAt<S extends z.ZodType>(schema: S, value: unknown, path: readonly PropertyKey[]): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ ...issue, path: [fieldPath([...path, ...issue.path])] }));
  throw AppError.fromZod(new z.ZodError(issues));
}
