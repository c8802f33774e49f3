import { db } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { decisionTrail } from "./decision-trail";
import { ZEventId } from "./event-schema";
import { toEventResource, type TEventDetail } from "./event-resource";

/** One event, its routing status and its decision trail ("why did I / didn't I get this?"). */
export async function getEvent(id: unknown): Promise<TEventDetail> {
  const eventId = parseInput(ZEventId, id);
  const event = await db().event.findUnique({ where: { id: eventId } });
  if (!event) throw new AppError("NOT_FOUND", `Event ${eventId} not found`);
  return { ...toEventResource(event), decisions: await decisionTrail({ eventId }) };
}
export type { TEventDetail } from "./event-resource";
