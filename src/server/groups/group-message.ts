import { appLink } from "@/emails/components/app-link";
import type { Prisma } from "@/server/db/client";
import { severityRank, type TEventSeverity } from "@/server/events/event-severity";
import { severityPriority } from "@/server/events/severity-priority";

export type TGroupMember = { id: string; type: string; title: string; severity: TEventSeverity; occurred_at: Date };

const LISTED = 50;

/** "12 events — job.host=db-03: Job backup failed on db-03 and 11 more", and one line (with its link) per member. */
export function groupMessage(options: { groupId: number; label: string; members: TGroupMember[]; appUrl: string; repeat: boolean; since: Date }) {
  const { members } = options;
  const first = members[0];
  const severity = members.reduce<TEventSeverity>((loudest, member) => (severityRank(member.severity) > severityRank(loudest) ? member.severity : loudest), "info");
  const count = `${members.length} event${members.length === 1 ? "" : "s"}`;
  const subject = `${options.repeat ? "Still unresolved: " : ""}${count} — ${options.label}: ${first?.title ?? ""}${members.length > 1 ? ` and ${members.length - 1} more` : ""}`;
  const lines = members.slice(0, LISTED).map((member) => `- ${member.occurred_at.toISOString().slice(11, 16)} UTC ${member.title} — ${appLink(options.appUrl, `events/${member.id}`)}`);
  const more = members.length > LISTED ? [`…and ${members.length - LISTED} more: ${appLink(options.appUrl, `events?type=${encodeURIComponent(first?.type ?? "")}`)}`] : [];
  const intro = options.repeat
    ? `Nothing new since ${options.since.toISOString()}; these ${count} are still the group's last ones:`
    : `${count} grouped by ${options.label} since ${options.since.toISOString()}:`;
  return {
    subject: subject.slice(0, 250),
    body: [intro, ...lines, ...more].join("\n"),
    severity,
    priority: severityPriority(severity),
    notificationType: first?.type ?? "group",
    metadata: { group_id: options.groupId, group: options.label, severity, event: first?.type, member_event_ids: members.map((member) => member.id) } as Prisma.InputJsonObject,
  };
}
