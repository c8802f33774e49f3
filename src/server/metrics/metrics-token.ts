import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/env";
import { AppError } from "@/server/errors/app-error";

/**
 * Checks `Authorization: Bearer <METRICS_TOKEN>` in constant time (both sides
 * hashed first, so not even their lengths leak). The figures say how much an
 * organisation sends and to which channels, so they are not public; while no
 * token is configured the endpoint does not exist: 404, not 401.
 */
export function authenticateMetricsToken(authorization: string | null): void {
  const token = env().METRICS_TOKEN;
  if (!token) throw new AppError("NOT_FOUND", "Not found");
  const given = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!given) throw new AppError("UNAUTHORIZED", "Missing metrics token: send Authorization: Bearer <METRICS_TOKEN>");
  const digest = (value: string) => createHash("sha256").update(value).digest();
  if (!timingSafeEqual(digest(given), digest(token))) throw new AppError("UNAUTHORIZED", "Unknown metrics token");
}
