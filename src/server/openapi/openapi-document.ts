import { createDocument, type oas31, type ZodOpenApiPathsObject } from "zod-openapi";
import { ZAudienceTarget, ZAudienceTargetView } from "@/server/events/audience-target";
import { ZChannel, ZNotificationStatus, ZPriority } from "@/server/notifications/schemas";
import { ZTestRuleRequest } from "@/server/rules/test-rule";
import { ZTemplateBodies } from "@/server/templates/custom/template-input-schema";
import { ZPreviewTemplateRequest } from "@/server/templates/custom/preview-template";
import type { TApiRoute } from "./api-route";
import { API_ROUTES } from "./api-routes";
import { API_KEY_SCHEME, SERVICE_TOKEN_SCHEME, toOperation } from "./to-operation";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * Input schemas JSON Schema cannot see through: case-insensitive enums (a
 * transform before the enum), the audience (parsed by its keys) and the
 * "any JSON" fields that a second schema parses inside the domain function.
 */
const INPUT_OVERRIDES = new Map<unknown, oas31.SchemaObject | oas31.ReferenceObject>([
  [ZPriority, { type: "string", enum: ["low", "normal", "high", "critical"], description: "Case-insensitive" }],
  [ZNotificationStatus, { type: "string", enum: ["pending", "sending", "sent", "failed", "retrying", "dead", "deferred", "suppressed", "cancelled", "folded"], description: "Case-insensitive" }],
  [ZChannel, { type: "string", enum: ["email", "slack", "teams", "webhook", "sms"], description: "Case-insensitive" }],
  [ZAudienceTarget, ref("AudienceTarget")],
  [ZTestRuleRequest.shape.event, ref("EventInput")],
  [ZTestRuleRequest.shape.rule, ref("RuleInput")],
  [ZPreviewTemplateRequest.shape.event, ref("EventInput")],
  [ZPreviewTemplateRequest.shape.bodies, ref("TemplateBodies")],
]);

function toPaths(routes: readonly TApiRoute[]): ZodOpenApiPathsObject {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) paths[route.path] = { ...paths[route.path], [route.method]: toOperation(route) };
  return paths;
}

let cached: oas31.OpenAPIObject | undefined;

/** The OpenAPI 3.1 document of the REST API, generated from the zod schemas the route handlers use (built once per process). */
export function openApiDocument(): oas31.OpenAPIObject {
  cached ??= createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "OpsConductor Notify API",
        version: "1",
        description:
          "Send notifications and events, route them with rules, and watch delivery. Authenticate with an API key (`Authorization: Bearer <key>`), created under *API keys* or with `npm run notify -- apikey:create`. " +
          "Fields are snake_case; errors are `{\"error\": {\"code\", \"message\", \"fields\"}}`. Scopes: notifications:read/write, events:read/write, preferences:read/write, maintenance:read/write, admin (implies all).",
      },
      servers: [{ url: "/", description: "This server" }],
      tags: [...new Set(API_ROUTES.map((route) => route.tag))].map((name) => ({ name })),
      security: [{ [API_KEY_SCHEME]: [] }],
      components: {
        securitySchemes: {
          [API_KEY_SCHEME]: { type: "http", scheme: "bearer", bearerFormat: "onk_…", description: "An API key. Each operation names the scopes that suffice; `admin` implies all." },
          [SERVICE_TOKEN_SCHEME]: { type: "http", scheme: "bearer", description: "NOTIFY_SERVICE_TOKEN, for service-to-service calls to /internal" },
        },
        schemas: { AudienceTarget: ZAudienceTargetView, TemplateBodies: ZTemplateBodies },
      },
      paths: toPaths(API_ROUTES),
    },
    {
      override: ({ jsonSchema, zodSchema, io }) => {
        const replacement = io === "input" ? INPUT_OVERRIDES.get(zodSchema) : undefined;
        if (!replacement) return;
        for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
        Object.assign(jsonSchema, replacement);
      },
    },
  );
  return cached;
}
