import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { expiringCache } from "@/server/cache/expiring-cache";
import { recordAudit } from "@/server/audit/record-audit";
import { db, Prisma, type ApiKey, type Role } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";

export const API_KEY_SCOPES = [
  "notifications:read",
  "notifications:write",
  "events:read",
  "events:write",
  "preferences:read",
  "preferences:write",
  "maintenance:read",
  "maintenance:write",
  "admin",
] as const;
export type TApiKeyScope = (typeof API_KEY_SCOPES)[number];

/**
 * The most a personal key (made on the account page) may carry, by its owner's
 * role: no more than the role may do in the UI. Checked when the key is made
 * and again on each use, so a demotion narrows the key at once.
 */
export const SCOPES_FOR_ROLE: Record<Role, readonly TApiKeyScope[]> = {
  VIEWER: ["notifications:read", "events:read", "maintenance:read"],
  OPERATOR: ["notifications:read", "notifications:write", "events:read", "events:write", "maintenance:read"],
  ADMIN: API_KEY_SCOPES,
};

const SECRET_PREFIX = "onk_";

export const ZCreateApiKey = z.object({
  name: z.string().trim().min(1, "is required").max(100),
  scopes: z.array(z.enum(API_KEY_SCOPES, `must be one of ${API_KEY_SCOPES.join(", ")}`)).min(1, "needs at least one scope"),
  createdById: z.number().int().optional(),
});

export type TApiKeyPrincipal = { id: number; name: string; scopes: TApiKeyScope[] };

function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/**
 * Creates a key and returns its secret; the secret is not stored and cannot be shown again.
 * A `personal` key is its creator's own: it stops working while they are deactivated.
 */
export async function createApiKey(input: z.input<typeof ZCreateApiKey>, { personal = false }: { personal?: boolean } = {}) {
  const { name, scopes, createdById } = parseInput(ZCreateApiKey, input);
  const secret = `${SECRET_PREFIX}${randomBytes(24).toString("base64url")}`;
  try {
    const key = await db().$transaction(async (tx) => {
      const created = await tx.apiKey.create({
        data: { name, scopes: [...new Set(scopes)], createdById, personal, prefix: secret.slice(0, 12), secretHash: hashSecret(secret) },
      });
      await recordAudit(tx, { action: "api_key.created", target: { type: "api_key", id: created.id, label: created.name }, after: { name: created.name, scopes: created.scopes, personal } });
      return created;
    });
    return { id: key.id, name: key.name, prefix: key.prefix, scopes: key.scopes, secret };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `An API key named "${name}" already exists`, { fieldErrors: { name: ["is already taken"] } });
    }
    throw error;
  }
}

export async function revokeApiKey(name: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { name, revokedAt: null } });
    if (!key) throw new AppError("NOT_FOUND", `No active API key named "${name}"`);
    await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { action: "api_key.revoked", target: { type: "api_key", id: key.id, label: key.name }, before: { revoked: false }, after: { revoked: true } });
  });
  keysBySecretHash.clear();
}

/** Call after a change that affects keys (a revocation, a user deactivated or demoted): this process sees it at once. */
export function forgetCachedApiKeys(): void {
  keysBySecretHash.clear();
}

/**
 * Keys as last read, by secret hash, for a few seconds: the executor sends
 * bursts, and a lookup per request was a fifth of the API's database work. A
 * revocation applies at once in the process that made it and within
 * API_KEY_CACHE_MS in every other (another web instance, the CLI).
 */
export const API_KEY_CACHE_MS = 5_000;
type TKeyWithCreator = ApiKey & { createdBy: { role: Role; deactivatedAt: Date | null } | null };
const keysBySecretHash = expiringCache<TKeyWithCreator | null>(API_KEY_CACHE_MS, 1_000);

/**
 * Resolves an `Authorization: Bearer <secret>` header to the key, checking that
 * it exists (401), is not revoked (403) and carries `scope` (one of them, when
 * several are accepted) or admin (403).
 */
export async function authenticateApiKey(authorization: string | null, scope: TApiKeyScope | TApiKeyScope[]): Promise<TApiKeyPrincipal> {
  const secret = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!secret) throw new AppError("UNAUTHORIZED", "Missing API key: send Authorization: Bearer <api key>");
  const key = await keysBySecretHash.get(hashSecret(secret), (secretHash) =>
    db().apiKey.findUnique({ where: { secretHash }, include: { createdBy: { select: { role: true, deactivatedAt: true } } } }),
  );
  if (!key) throw new AppError("UNAUTHORIZED", "Unknown API key");
  if (key.revokedAt) throw new AppError("FORBIDDEN", `API key "${key.name}" was revoked`);
  const owner = key.personal ? key.createdBy : null;
  if (key.personal && (!owner || owner.deactivatedAt)) throw new AppError("FORBIDDEN", `API key "${key.name}" belongs to a deactivated user`);
  const granted = key.scopes as TApiKeyScope[];
  const scopes = owner ? granted.filter((one) => SCOPES_FOR_ROLE[owner.role].includes(one)) : granted;
  const accepted = Array.isArray(scope) ? scope : [scope];
  if (!scopes.includes("admin") && !accepted.some((one) => scopes.includes(one))) {
    throw new AppError("FORBIDDEN", `API key "${key.name}" lacks the ${accepted.join(" or ")} scope`);
  }
  // Last-used is informational; one write per minute per key is plenty.
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
    key.lastUsedAt = new Date();
    await db().apiKey.update({ where: { id: key.id }, data: { lastUsedAt: key.lastUsedAt } });
  }
  return { id: key.id, name: key.name, scopes };
}

export function listApiKeys() {
  return db().apiKey.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, scopes: true, lastUsedAt: true, revokedAt: true, createdAt: true },
  });
}
