import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { ERROR_EXAMPLES } from "@/server/openapi/common-responses";
import { API_ROUTES } from "@/server/openapi/api-routes";
import { openApiDocument } from "@/server/openapi/openapi-document";

const APP = path.resolve(import.meta.dirname, "../src/app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route.ts under a folder, as `METHOD /path/{param}` from the folder names and the methods the file exports. */
function routeHandlers(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name !== "route.ts") continue;
    const file = path.join(entry.parentPath, entry.name);
    const urlPath = `/${path.relative(APP, entry.parentPath).split(path.sep).map((segment) => segment.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`;
    const source = readFileSync(file, "utf8");
    for (const method of METHODS) {
      if (new RegExp(`export\\s+(?:const|async\\s+function|function)\\s+${method}\\b`).test(source)) found.push(`${method} ${urlPath}`);
    }
  }
  return found.sort();
}

const document = openApiDocument();

describe("[OpenAPI] the document", () => {
  it("lists every route handler under /api/v1 and /internal with each method it exports", () => {
    const handlers = [...routeHandlers(path.join(APP, "api/v1")), ...routeHandlers(path.join(APP, "internal"))];
    expect(handlers.length).toBeGreaterThan(40);
    const documented = new Set(Object.entries(document.paths ?? {}).flatMap(([urlPath, item]) => METHODS.filter((method) => item?.[method.toLowerCase() as Lowercase<typeof method>]).map((method) => `${method} ${urlPath}`)));
    expect(handlers.filter((handler) => !documented.has(handler))).toEqual([]);
    // …and documents nothing that has no handler.
    expect([...documented].filter((operation) => !handlers.includes(operation))).toEqual([]);
  });

  it("is valid OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document) as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("names a scope (or says it is public) and the error responses of every operation", () => {
    for (const route of API_ROUTES) {
      const operation = document.paths?.[route.path]?.[route.method];
      expect(operation?.description, `${route.method} ${route.path}`).toMatch(/Scope: |No authentication|NOTIFY_SERVICE_TOKEN/);
      if (route.access !== "public") expect(Object.keys(operation?.responses ?? {}), `${route.method} ${route.path}`).toContain("401");
      if (route.body) expect(Object.keys(operation?.responses ?? {}), `${route.method} ${route.path}`).toContain("400");
    }
  });
});

describe("[OpenAPI] examples", () => {
  it("every request and response example passes the zod schema the handler uses", () => {
    const failures: string[] = [];
    for (const route of API_ROUTES) {
      const where = `${route.method} ${route.path}`;
      for (const [kind, body] of [["request", route.body], ["response", route.response.body]] as const) {
        if (!body) continue;
        const result = body.schema.safeParse(body.example);
        if (!result.success) failures.push(`${where} ${kind}: ${JSON.stringify(result.error.issues)}`);
      }
      if (route.body === undefined && ["post", "put", "patch"].includes(route.method) && route.response.body === undefined) failures.push(`${where}: no example`);
    }
    for (const error of ERROR_EXAMPLES) if (!error.schema.safeParse(error.example).success) failures.push(`error ${error.status}`);
    expect(failures).toEqual([]);
  });

  it("every example in the generated document passes its generated JSON Schema", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const id = "https://notify.example/openapi.json";
    ajv.addSchema({ ...structuredClone(document), $id: id });
    const pointer = (...segments: string[]) => segments.map((segment) => segment.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
    const failures: string[] = [];
    let checked = 0;
    for (const [urlPath, item] of Object.entries(document.paths ?? {})) {
      for (const [method, operation] of Object.entries(item ?? {})) {
        if (typeof operation !== "object" || operation === null || !("responses" in operation)) continue;
        const media = [
          ["requestBody", "content", "application/json"],
          ...Object.keys(operation.responses ?? {}).map((status) => ["responses", status, "content", "application/json"]),
        ];
        for (const segments of media) {
          const at = segments.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], operation) as { example?: unknown; schema?: unknown; $ref?: string } | undefined;
          if (!at || at.example === undefined) continue;
          const validate = ajv.compile({ $ref: `${id}#/${pointer("paths", urlPath, method, ...segments, "schema")}` });
          checked++;
          if (!validate(at.example)) failures.push(`${method} ${urlPath} ${segments.join(".")}: ${ajv.errorsText(validate.errors)}`);
        }
      }
    }
    for (const [name, response] of Object.entries(document.components?.responses ?? {})) {
      const media = "content" in response ? response.content?.["application/json"] : undefined;
      if (!media?.example) continue;
      const validate = ajv.compile({ $ref: `${id}#/${pointer("components", "responses", name, "content", "application/json", "schema")}` });
      checked++;
      if (!validate(media.example)) failures.push(`${name}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(checked).toBeGreaterThan(70);
    expect(failures).toEqual([]);
  });
});
