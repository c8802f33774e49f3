import { z } from "zod";
import type { TApiRoute } from "../api-route";

export const referenceRoutes: TApiRoute[] = [
  {
    method: "get",
    path: "/api/v1/openapi.json",
    tag: "Operations",
    summary: "This OpenAPI document",
    description: "Generated from the zod schemas the route handlers parse with and answer; cached for 5 minutes.",
    access: "public",
    response: {
      status: 200,
      description: "The OpenAPI 3.1 document",
      body: {
        schema: z.looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) }),
        example: { openapi: "3.1.0", info: { title: "OpsConductor Notify API", version: "1" }, paths: {} },
      },
    },
  },
];
