import type { z } from "zod";
import type { TApiKeyScope } from "@/server/auth/api-keys";

export type THttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** Who may call a route: an API key with any of these scopes (`admin` implies all), anyone, or the service token. */
export type TRouteAccess = { scopes: readonly TApiKeyScope[] } | "public" | "service-token";

/** The error statuses a route may answer besides 401/403 (which every API-key route can). */
export type TErrorStatus = 400 | 404 | 409 | 413 | 422 | 429 | 503;

/** A request or response body and the one example the reference shows (and the tests validate against `schema`). */
export type TExampleBody = { schema: z.ZodType; example: unknown; description?: string };

/**
 * One operation of the REST API, described by the zod schemas its handler
 * parses with and returns. The document, the reference page and the
 * completeness test are all built from the list of these.
 */
export type TApiRoute = {
  method: THttpMethod;
  /** OpenAPI form: /api/v1/events/{id}. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  access: TRouteAccess;
  params?: { path?: z.ZodObject; query?: z.ZodObject; header?: z.ZodObject };
  body?: TExampleBody & { optional?: boolean };
  response: { status: 200 | 201 | 202 | 204; description: string; body?: TExampleBody; headers?: z.ZodObject };
  errors?: readonly TErrorStatus[];
};
