import type { ZodOpenApiResponseObject } from "zod-openapi";
import { ZErrorBody, ZRateLimitErrorBody, type TErrorBody, type TRateLimitErrorBody } from "@/server/api/error-body";
import type { TErrorStatus } from "./api-route";

type TErrorExample = { status: TErrorStatus | 401 | 403; id: string; description: string; example: TErrorBody | TRateLimitErrorBody };

const ERRORS: TErrorExample[] = [
  {
    status: 400,
    id: "BadRequest",
    description: "The request is invalid; `fields` names each bad field (batches of events list `details` with each item's index)",
    example: { error: { code: "bad_request", message: "Invalid input: recipient_email: must be a valid email address", fields: { recipient_email: ["must be a valid email address"] } } },
  },
  { status: 401, id: "Unauthorized", description: "The API key is missing or unknown", example: { error: { code: "unauthorized", message: "Missing API key: send Authorization: Bearer <api key>" } } },
  { status: 403, id: "Forbidden", description: "The key is revoked or lacks the scope", example: { error: { code: "forbidden", message: 'API key "executor" lacks the notifications:write or admin scope' } } },
  { status: 404, id: "NotFound", description: "Nothing with that id", example: { error: { code: "not_found", message: "Notification 4711 not found" } } },
  { status: 409, id: "Conflict", description: "The change conflicts with the current state (a name taken, a notification already sent)", example: { error: { code: "conflict", message: "Notification 4711 was already sent" } } },
  { status: 413, id: "PayloadTooLarge", description: "The body, or an attachment, is over its limit (named in the message)", example: { error: { code: "payload_too_large", message: "Request body is larger than 1 MB" } } },
  {
    status: 422,
    id: "Unprocessable",
    description: "An idempotency key was reused with a different request",
    example: { error: { code: "unprocessable", message: 'Idempotency-Key "job-run-4711-finished" was already used with a different request' } },
  },
  {
    status: 429,
    id: "TooManyRequests",
    description: "A rate limit refused the request; `Retry-After` says when to come back",
    example: { error: { code: "too_many_requests", message: "Rate limit exceeded: API key \"executor\" may make 600 requests per minute. Retry in 12 s.", limit: "api_key_requests", retry_after_seconds: 12 } },
  },
  { status: 503, id: "ServiceUnavailable", description: "Not available right now", example: { error: { code: "service_unavailable", message: "The database did not answer" } } },
];

// One object per status: zod-openapi registers a response with an id once and refers to it after.
const RESPONSES = new Map<number, ZodOpenApiResponseObject>(
  ERRORS.map((error) => [error.status, { id: error.id, description: error.description, content: { "application/json": { schema: error.status === 429 ? ZRateLimitErrorBody : ZErrorBody, example: error.example } } }]),
);

/** The registered error response (components.responses) of a status. */
export function errorResponse(status: TErrorExample["status"]): ZodOpenApiResponseObject {
  const response = RESPONSES.get(status);
  if (!response) throw new Error(`No error response for ${status}`);
  return response;
}

/** For the tests: every error example with the schema it must fit. */
export const ERROR_EXAMPLES = ERRORS.map((error) => ({ status: error.status, example: error.example, schema: error.status === 429 ? ZRateLimitErrorBody : ZErrorBody }));
