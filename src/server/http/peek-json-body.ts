import { parseJsonBody } from "./parse-json-body";
import { readLimitedBody } from "./read-limited-body";
import { requestTooLarge } from "./request-limits";

/**
 * The JSON body of a clone of `request`, read within `maxBytes` (413 beyond),
 * leaving `request` itself unread for the handler that decides by it; null
 * when it is not JSON or nests too deeply (that handler then says why).
 */
export async function peekJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const bytes = await readLimitedBody(request.clone(), maxBytes, () => requestTooLarge(maxBytes, "the limit of this route"));
  try {
    return parseJsonBody(bytes.toString("utf8"));
  } catch {
    return null;
  }
}
