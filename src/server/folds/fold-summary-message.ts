import { appLink } from "@/emails/components/app-link";
import type { FoldKind, Prisma, Priority } from "@/server/db/client";
import { prioritySeverity, severityPriority } from "@/server/events/severity-priority";
import { severityRank, type TEventSeverity } from "@/server/events/event-severity";

export type TFoldMember = { id: number; subject: string; priority: Priority; created_at: Date; notification_type: string; job_name: string | null };
type TFold = { id: number; kind: FoldKind; label: string; opened_at: Date };

/** Members listed one by one; past this the message links the full list. */
const LISTED = 100;

const hhmm = (date: Date) => `${date.toISOString().slice(11, 16)} UTC`;

/**
 * The one message a fold sends when it is released: how many were held, why,
 * since when, and each of them with its link — nothing silently dropped.
 */
export function foldSummaryMessage(options: { fold: TFold; members: TFoldMember[]; appUrl: string }) {
  const { fold, members, appUrl } = options;
  const count = `${members.length} notification${members.length === 1 ? "" : "s"}`;
  const since = hhmm(members[0]?.created_at ?? fold.opened_at);
  const severity = members.reduce<TEventSeverity>((loudest, member) => {
    const own = prioritySeverity(member.priority);
    return severityRank(own) > severityRank(loudest) ? own : loudest;
  }, "info");
  const subject = {
    RATE_LIMIT: `And ${members.length} more notification${members.length === 1 ? "" : "s"} since ${since}`,
    MAINTENANCE: `${count} held during ${fold.label.replace(/^maintenance window /, "maintenance ")}`,
    FLOOD: `Flood: ${count} in summary mode since ${since}`,
    DIGEST: `${capitalised(fold.label.replace(/ at .*$/, ""))}: ${count} since ${since}`,
  }[fold.kind];
  const why = {
    RATE_LIMIT: `You reached the ${fold.label}: these ${count} were held back since ${since} instead of sent one by one.`,
    MAINTENANCE: `These ${count} came in while ${fold.label} was on (since ${since}) and were held until it ended.`,
    FLOOD: `The ${fold.label} switched this group to summary mode: these ${count} since ${since} come together in one message.`,
    DIGEST: `Your ${fold.label}: ${count} since ${since}, by type and job.`,
  }[fold.kind];
  const viewAll = appLink(appUrl, `notifications?fold=${fold.id}`);
  const line = (member: TFoldMember) => `- ${hhmm(member.created_at)} ${member.subject} — ${appLink(appUrl, `notifications/${member.id}`)}`;
  const listed = members.slice(0, LISTED);
  const lines = fold.kind === "DIGEST" ? byTypeAndJob(listed).flatMap(([heading, group], index) => [...(index ? [""] : []), `${heading} (${group.length})`, ...group.map(line)]) : listed.map(line);
  const more = members.length > LISTED ? [`…and ${members.length - LISTED} more.`] : [];
  return {
    subject: subject.slice(0, 250),
    body: [why, "", ...lines, ...more, "", `View all: ${viewAll}`].join("\n"),
    priority: severityPriority(severity),
    notificationType: `summary.${fold.kind.toLowerCase()}`,
    metadata: { fold_id: fold.id, fold_kind: fold.kind.toLowerCase(), fold_reason: fold.label, folded_count: members.length, folded_notification_ids: members.map((member) => member.id) } as Prisma.InputJsonObject,
  };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A digest reads by what happened: members under "job.failed — nightly-backup", in order of first appearance. */
function byTypeAndJob(members: TFoldMember[]): [string, TFoldMember[]][] {
  const groups = new Map<string, TFoldMember[]>();
  for (const member of members) {
    const heading = member.job_name ? `${member.notification_type} — ${member.job_name}` : member.notification_type;
    groups.set(heading, [...(groups.get(heading) ?? []), member]);
  }
  return [...groups];
}
