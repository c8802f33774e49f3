import { z } from "zod";
import type { ApiKey } from "@/server/db/client";

/** One of the signed-in user's own keys: never its secret or the secret's hash. */
export const ZPersonalApiKeyView = z.object({
  id: z.number(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  last_used_at: z.iso.datetime().nullable(),
  revoked_at: z.iso.datetime().nullable(),
  created_at: z.iso.datetime(),
});
export type TPersonalApiKeyView = z.output<typeof ZPersonalApiKeyView>;

export function toPersonalApiKeyView(key: Pick<ApiKey, "id" | "name" | "prefix" | "scopes" | "lastUsedAt" | "revokedAt" | "createdAt">): TPersonalApiKeyView {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes,
    last_used_at: key.lastUsedAt?.toISOString() ?? null,
    revoked_at: key.revokedAt?.toISOString() ?? null,
    created_at: key.createdAt.toISOString(),
  };
}
