import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/env";
import { AppError } from "@/server/errors/app-error";

/**
 * Checks `Authorization: Bearer <NOTIFY_SERVICE_TOKEN>` in constant time
 * (both sides hashed first, so their lengths leak nothing either). While no
 * token is configured the internal route does not exist: 404, not 401.
 */
export function authenticateServiceToken(authorization: string | null): void {
  const token = env().NOTIFY_SERVICE_TOKEN;
  if (!token) throw new AppError("NOT_FOUND", "Not found");
  const given = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!given) throw new AppError("UNAUTHORIZED", "Missing service token: send Authorization: Bearer <NOTIFY_SERVICE_TOKEN>");
  const digest = (value: string) => createHash("sha256").update(value).digest();
  if (!timingSafeEqual(digest(given), digest(token))) throw new AppError("UNAUTHORIZED", "Unknown service token");
}
