import { hasRole, type TSessionUser } from "@/server/auth/roles";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { toDestinationHealth, type TDestinationHealth } from "./destination-health";

/**
 * The one-click "Re-enable" after the breaker disabled a destination. The
 * failure streak goes too, or the next failure would count the old streak's
 * age and disable it again at once. With an `actor`, admins may re-enable any
 * destination and everyone else only their own personal ones.
 */
export async function reenableDestination(destinationKey: string, actor?: TSessionUser): Promise<TDestinationHealth> {
  const state = await db().destinationState.findUnique({ where: { destinationKey } });
  if (!state) throw new AppError("NOT_FOUND", `No destination "${destinationKey}"`);
  if (actor && !hasRole(actor.role, "ADMIN") && state.ownerUserId !== actor.id) {
    throw new AppError("FORBIDDEN", "You can re-enable only your own channels; ask an admin for this one");
  }
  const updated = await db().destinationState.update({
    where: { destinationKey },
    data: { disabledAt: null, disabledReason: null, consecutiveFailures: 0, firstFailureAt: null },
  });
  return toDestinationHealth(updated);
}
