import { AppError } from "@/server/errors/app-error";
import { findNulCharacter } from "./find-nul-character";
import { jsonNestsDeeperThan } from "./json-depth-gauge";
import { JSON_MAX_DEPTH, jsonTooDeep } from "./request-limits";

/**
 * JSON text sent by a client (`field` names it in the 400); an empty body is
 * `{}`. Nesting beyond JSON_MAX_DEPTH is refused before parsing.
 */
export function parseJsonBody(text: string, field = "body"): unknown {
  if (!text.trim()) return {};
  if (jsonNestsDeeperThan(text, JSON_MAX_DEPTH)) throw jsonTooDeep(field);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const what = field === "body" ? "Request body" : `Field "${field}"`;
    throw new AppError("BAD_REQUEST", `${what} is not valid JSON: ${(error as Error).message}`, { fieldErrors: { [field]: ["is not valid JSON"] } });
  }
  refuseNulCharacters(parsed, field === "body" ? [] : [field]);
  return parsed;
}

/** 400 naming the field when any string holds U+0000 (which PostgreSQL text cannot store). */
export function refuseNulCharacters(value: unknown, prefix: string[] = []): void {
  const path = findNulCharacter(value, prefix);
  if (path) throw new AppError("BAD_REQUEST", `${path}: must not contain the NUL character (\\u0000)`, { fieldErrors: { [path]: ["must not contain the NUL character (\\u0000)"] } });
}
