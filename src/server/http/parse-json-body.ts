import { AppError } from "@/server/errors/app-error";

/** JSON text sent by a client (`field` names it in the 400); an empty body is `{}`. */
export function parseJsonBody(text: string, field = "body"): unknown {
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    const what = field === "body" ? "Request body" : `Field "${field}"`;
    throw new AppError("BAD_REQUEST", `${what} is not valid JSON: ${(error as Error).message}`, { fieldErrors: { [field]: ["is not valid JSON"] } });
  }
}
