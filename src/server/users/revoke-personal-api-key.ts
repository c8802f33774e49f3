import { recordAudit } from "@/server/audit/record-audit";
import { forgetCachedApiKeys } from "@/server/auth/api-keys";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";

/** Revokes one of the signed-in user's own keys; another's key is NOT_FOUND to them. */
export async function revokePersonalApiKey(options: { userId: number; id: number; now?: Date }): Promise<void> {
  await db().$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id: options.id, createdById: options.userId, personal: true, revokedAt: null } });
    if (!key) throw new AppError("NOT_FOUND", `You have no active API key #${options.id}`);
    await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: options.now ?? new Date() } });
    await recordAudit(tx, { action: "api_key.revoked", target: { type: "api_key", id: key.id, label: key.name }, before: { revoked: false }, after: { revoked: true } });
  });
  forgetCachedApiKeys();
}
