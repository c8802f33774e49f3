import { db, type Prisma } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { ZListEventsQuery, type TListEventsQuery } from "./event-schema";
import { toEventResource, type TEventListPage } from "./event-resource";

/**
 * Newest first, a page at a time. Ids are UUIDv7 (time-ordered), so the last
 * id of a page is the cursor of the next: stable while new events arrive.
 */
export async function listEvents(query: TListEventsQuery): Promise<TEventListPage> {
  const { limit, cursor, type, severity, source, label, since, until } = parseInput(ZListEventsQuery, query);
  const where: Prisma.EventWhereInput = {
    id: cursor ? { lt: cursor } : undefined,
    type: type?.endsWith("*") ? { startsWith: type.slice(0, -1) } : type || undefined,
    severity: severity ? (severity.toUpperCase() as Prisma.EventWhereInput["severity"]) : undefined,
    source,
    labels: label ? { path: [label.slice(0, label.indexOf(":"))], equals: label.slice(label.indexOf(":") + 1) } : undefined,
    occurredAt: since || until ? { gte: since ? new Date(since) : undefined, lt: until ? new Date(until) : undefined } : undefined,
  };
  const rows = await db().event.findMany({ where, orderBy: { id: "desc" }, take: limit + 1 });
  const page = rows.slice(0, limit);
  const counts = await decisionCounts(page.map((event) => event.id));
  return {
    data: page.map((event) => ({ ...toEventResource(event), decision_counts: counts.get(event.id) ?? noDecisions() })),
    next_cursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}
export type { TEventListPage } from "./event-resource";

async function decisionCounts(eventIds: string[]) {
  const counts = new Map<string, TDecisionCounts>();
  if (eventIds.length === 0) return counts;
  const grouped = await db().routingDecision.groupBy({ by: ["eventId", "outcome"], where: { eventId: { in: eventIds } }, _count: { _all: true } });
  for (const row of grouped) {
    if (!row.eventId) continue;
    const entry = counts.get(row.eventId) ?? noDecisions();
    entry[row.outcome.toLowerCase() as keyof TDecisionCounts] = row._count._all;
    counts.set(row.eventId, entry);
  }
  return counts;
}

type TDecisionCounts = { notified: number; deferred: number; suppressed: number; folded: number };
const noDecisions = (): TDecisionCounts => ({ notified: 0, deferred: 0, suppressed: 0, folded: 0 });
