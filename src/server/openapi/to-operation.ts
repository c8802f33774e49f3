import type { ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from "zod-openapi";
import type { TApiRoute, TErrorStatus } from "./api-route";
import { errorResponse } from "./common-responses";

export const API_KEY_SCHEME = "apiKey";
export const SERVICE_TOKEN_SCHEME = "serviceToken";

function security(route: TApiRoute): ZodOpenApiOperationObject["security"] {
  if (route.access === "public") return [];
  if (route.access === "service-token") return [{ [SERVICE_TOKEN_SCHEME]: [] }];
  // OpenAPI 3.1 lets a bearer requirement list roles: one requirement per scope that suffices.
  return route.access.scopes.map((scope) => ({ [API_KEY_SCHEME]: [scope] }));
}

function accessNote(route: TApiRoute): string {
  if (route.access === "public") return "No authentication.";
  if (route.access === "service-token") return "Authentication: `Authorization: Bearer <NOTIFY_SERVICE_TOKEN>`; answers 404 while no token is configured.";
  const scopes = route.access.scopes.map((scope) => `\`${scope}\``).join(" or ");
  return route.access.scopes.includes("admin") ? `Scope: ${scopes}.` : `Scope: ${scopes} (or \`admin\`).`;
}

/** One route as an OpenAPI operation: its scope, parameters, body, success and error responses. */
export function toOperation(route: TApiRoute): ZodOpenApiOperationObject {
  const { response } = route;
  const responses: ZodOpenApiResponsesObject = {
    [response.status]: {
      description: response.description,
      ...(response.headers ? { headers: response.headers } : {}),
      ...(response.body ? { content: { "application/json": { schema: response.body.schema, example: response.body.example } } } : {}),
    },
  };
  const auth = route.access === "public" ? [] : route.access === "service-token" ? [401] : [401, 403];
  const errors = [...new Set([...(route.errors ?? []), ...auth])].sort() as (TErrorStatus | 401 | 403)[];
  for (const status of errors) Object.assign(responses, { [status]: errorResponse(status) });
  return {
    operationId: operationId(route),
    tags: [route.tag],
    summary: route.summary,
    description: [route.description, accessNote(route)].filter(Boolean).join("\n\n"),
    "x-required-scopes": typeof route.access === "object" ? route.access.scopes : [],
    security: security(route),
    ...(route.params ? { requestParams: route.params } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: !route.body.optional,
            ...(route.body.description ? { description: route.body.description } : {}),
            content: { "application/json": { schema: route.body.schema, example: route.body.example } },
          },
        }
      : {}),
    responses,
  };
}

/** `post /api/v1/rules/{id}` → `postRulesById`: stable, readable ids for clients generated from the document. */
export function operationId(route: Pick<TApiRoute, "method" | "path">): string {
  const words = route.path
    .replace(/^\/api\/v1\//, "/")
    .split(/[/_.-]/)
    .filter(Boolean)
    .map((word) => (word.startsWith("{") ? `By${capitalise(word.slice(1, -1).replace(/_(\w)/g, (_, c: string) => c.toUpperCase()))}` : capitalise(word)));
  return `${route.method}${words.join("")}`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
