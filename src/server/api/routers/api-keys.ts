import { z } from "zod";
import { createApiKey, listApiKeys, revokeApiKey, ZCreateApiKey } from "@/server/auth/api-keys";
import { adminProcedure, createTrpcRouter } from "../trpc";

const ZScopes = z.array(z.string());

/** A key as the API keys page lists it: never its secret or the secret's hash. */
const ZApiKeyView = z.object({
  id: z.number(),
  name: z.string(),
  prefix: z.string(),
  scopes: ZScopes,
  last_used_at: z.iso.datetime().nullable(),
  revoked_at: z.iso.datetime().nullable(),
  created_at: z.iso.datetime(),
});

/** The one answer that carries the secret: right after creation, shown once. */
const ZCreatedApiKey = z.object({ id: z.number(), name: z.string(), prefix: z.string(), scopes: ZScopes, secret: z.string() });

async function listApiKeyViews(): Promise<z.infer<typeof ZApiKeyView>[]> {
  const keys = await listApiKeys();
  return keys.map((key) => ({
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes,
    last_used_at: key.lastUsedAt?.toISOString() ?? null,
    revoked_at: key.revokedAt?.toISOString() ?? null,
    created_at: key.createdAt.toISOString(),
  }));
}

export const apiKeysRouter = createTrpcRouter({
  list: adminProcedure.output(z.array(ZApiKeyView)).query(() => listApiKeyViews()),
  create: adminProcedure
    .input(ZCreateApiKey.omit({ createdById: true }))
    .output(ZCreatedApiKey)
    .mutation(({ input, ctx }) => createApiKey({ ...input, createdById: ctx.user.id })),
  revoke: adminProcedure
    .input(z.object({ name: z.string().min(1) }))
    .output(z.void())
    .mutation(({ input }) => revokeApiKey(input.name)),
});
