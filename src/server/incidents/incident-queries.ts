import { z } from "zod";
import { toLowerCase } from "@/server/api/lower-case-enum";
import { db, type Prisma } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { ZIncidentId } from "./close-incident";
import { toIncidentView, toTimelineView, type TIncidentDetail, type TIncidentListPage } from "./incident-view";

export const ZListIncidentsQuery = z.object({
  status: z.enum(["open", "triggered", "acknowledged", "resolved", "all"], "must be open, triggered, acknowledged, resolved or all").default("all"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** The last id of the previous page. */
  cursor: z.coerce.number().int().positive().optional(),
});

/** Open incidents first (newest first), then closed ones; one page at a time. */
export async function listIncidents(query: z.input<typeof ZListIncidentsQuery> | unknown): Promise<TIncidentListPage> {
  const { status, limit, cursor } = parseInput(ZListIncidentsQuery, query);
  const where: Prisma.IncidentWhereInput = {
    status: status === "all" ? undefined : status === "open" ? { in: ["TRIGGERED", "ACKNOWLEDGED"] } : (status.toUpperCase() as "TRIGGERED"),
    id: cursor ? { lt: cursor } : undefined,
  };
  const rows = await db().incident.findMany({ where, orderBy: [{ id: "desc" }], take: limit + 1 });
  const page = rows.slice(0, limit);
  const rank = (incident: { status: string }) => (incident.status === "RESOLVED" ? 1 : 0);
  return { data: [...page].sort((a, b) => rank(a) - rank(b) || b.id - a.id).map(toIncidentView), next_cursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

/** One incident with its timeline and the notifications of each level. */
export async function getIncident(id: unknown): Promise<TIncidentDetail> {
  const incidentId = parseInput(ZIncidentId, id);
  const incident = await db().incident.findUnique({
    where: { id: incidentId },
    include: {
      timeline: { orderBy: [{ at: "asc" }, { id: "asc" }] },
      notifications: { orderBy: { id: "asc" }, take: 500, select: { id: true, channel: true, recipientEmail: true, status: true, subject: true, createdAt: true, sentAt: true } },
    },
  });
  if (!incident) throw new AppError("NOT_FOUND", `Incident ${incidentId} not found`);
  return {
    ...toIncidentView(incident),
    timeline: incident.timeline.map(toTimelineView),
    notifications: incident.notifications.map((n) => ({
      id: n.id,
      channel: toLowerCase(n.channel),
      recipient_email: n.recipientEmail,
      status: toLowerCase(n.status),
      subject: n.subject,
      created_at: n.createdAt.toISOString(),
      sent_at: n.sentAt?.toISOString() ?? null,
    })),
  };
}
export type { TIncidentDetail } from "./incident-view";
