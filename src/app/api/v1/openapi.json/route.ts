import { openApiDocument } from "@/server/openapi/openapi-document";

// Public on purpose: the reference page and client generators read it without a key. It changes only with a deploy.
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
