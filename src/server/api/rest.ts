import { randomUUID } from "node:crypto";
import { clientAddressOf, withAuditContext } from "@/server/audit/audit-context";
import { authenticateApiKey, type TApiKeyPrincipal, type TApiKeyScope } from "@/server/auth/api-keys";
import { AppError } from "@/server/errors/app-error";
import { parseJsonBody } from "@/server/http/parse-json-body";
import { readLimitedBody } from "@/server/http/read-limited-body";
import { JSON_REQUEST_MAX_BYTES, requestTooLarge } from "@/server/http/request-limits";
import { chargeApiKey } from "@/server/rate-limits/api-key-rate-limit";
import { RateLimitError } from "@/server/rate-limits/rate-limit-error";
import type { TErrorBody, TRateLimitErrorBody } from "./error-body";

/** JSON error body shared by every REST endpoint: `{ error: { code, message, fields? } }`. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body = { error: { code: error.code.toLowerCase(), message: error.message, fields: error.fieldErrors }, ...(error.details ? { details: error.details } : {}) } satisfies TErrorBody;
    return Response.json(body, { status: error.status });
  }
  // The details stay in the server's log; the client gets an id to quote, never a stack or SQL.
  const requestId = randomUUID();
  console.error(`[rest] unexpected error (request ${requestId}):`, error);
  const body = { error: { code: "internal", message: `Internal error; it was logged as request ${requestId}`, request_id: requestId } } satisfies TErrorBody;
  return Response.json(body, { status: 500 });
}

/** A REST JSON body: at most JSON_REQUEST_MAX_BYTES (413 beyond, unread) and JSON_MAX_DEPTH deep (400). */
export async function readJsonBody(request: Request): Promise<unknown> {
  const bytes = await readLimitedBody(request, JSON_REQUEST_MAX_BYTES, () => requestTooLarge(JSON_REQUEST_MAX_BYTES));
  return parseJsonBody(bytes.toString("utf8"));
}


type TRouteContext<P> = { params: Promise<P> };

/**
 * A 429 says which limit refused and when to come back: `Retry-After` in
 * seconds (RFC 9110), the same in the body with the limit's name for clients
 * that read JSON only.
 */
export function rateLimitResponse(error: RateLimitError): Response {
  const body = { error: { code: "too_many_requests", message: error.message, limit: error.limit, retry_after_seconds: error.retryAfterSeconds } } satisfies TRateLimitErrorBody;
  return Response.json(body, { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } });
}

/**
 * Wraps a REST route handler: authenticates the API key for `scope` (any of
 * them, when several are given), charges one request to the key's rate limit,
 * turns thrown AppErrors into JSON errors with the right status, and never
 * lets an unexpected error escape as an HTML 500 page.
 */
export function apiKeyRoute<P = Record<string, string>>(
  scope: TApiKeyScope | TApiKeyScope[],
  handler: (args: { request: Request; apiKey: TApiKeyPrincipal; params: P }) => Promise<Response>,
) {
  return async (request: Request, context: TRouteContext<P>): Promise<Response> => {
    try {
      const apiKey = await authenticateApiKey(request.headers.get("authorization"), scope);
      await chargeApiKey(apiKey);
      const params = await context.params;
      // Whatever the handler changes is audited as this key, from this address.
      return await withAuditContext({ actor: { type: "api_key", id: apiKey.id, label: apiKey.name }, clientAddress: clientAddressOf(request.headers) }, () => handler({ request, apiKey, params }));
    } catch (error) {
      return error instanceof RateLimitError ? rateLimitResponse(error) : errorResponse(error);
    }
  };
}
