import Link from "next/link";
import { formatDateTime, formatRelative } from "@/components/format/format-date";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { TAuditLogEntry } from "@/server/audit/audit-log-schema";
import { AuditDiff } from "./audit-diff";
import { auditTargetHref } from "./audit-target-href";
import { ACTOR_TYPE_LOOK, humanize } from "./audit-words";
import styles from "./audit-log.module.css";

export type TAuditLogTableProps = {
  entries: TAuditLogEntry[];
  /** The page's URL with these filters set (and the rest kept): an actor's or a target's own history. */
  filterHref: (changes: Record<string, string | undefined>) => string;
};

function ActorCell({ entry, filterHref }: { entry: TAuditLogEntry; filterHref: TAuditLogTableProps["filterHref"] }) {
  const { type, id, label } = entry.actor;
  const look = ACTOR_TYPE_LOOK[type];
  const actor = id === null ? type : `${type}:${id}`;
  return (
    <div className={styles.actor}>
      <Badge tone={look.tone}>{look.label}</Badge>
      <Link href={filterHref({ actor, actor_label: undefined })} className={styles.filterLink} title={`Only what ${label} changed`}>
        {label}
      </Link>
    </div>
  );
}

function TargetCell({ entry, filterHref }: { entry: TAuditLogEntry; filterHref: TAuditLogTableProps["filterHref"] }) {
  const { type, id, label } = entry.target;
  const href = auditTargetHref(entry);
  const name = label ?? (id ? `#${id}` : humanize(type));
  return (
    <div className={styles.target}>
      <span className="text-sm text-muted">{humanize(type)}</span>
      {href ? <Link href={href}>{name}</Link> : <span>{name}</span>}
      {id && (
        <Link href={filterHref({ target_type: type, target_id: id })} className={`text-sm ${styles.filterLink}`} aria-label={`History of ${humanize(type)} ${name}`}>
          History
        </Link>
      )}
    </div>
  );
}

/** The entries loaded so far, newest first; on a phone each row becomes a card. */
export function AuditLogTable({ entries, filterHref }: TAuditLogTableProps) {
  return (
    <Table caption="Audit log" stack>
      <THead>
        <Tr>
          <Th>Time</Th>
          <Th>Actor</Th>
          <Th>Action</Th>
          <Th>Target</Th>
          <Th>Changes</Th>
          <Th>Client address</Th>
        </Tr>
      </THead>
      <TBody>
        {entries.map((entry) => (
          <Tr key={entry.id}>
            <Td label="Time" nowrap>
              <time dateTime={entry.at} title={formatRelative(entry.at)}>
                {formatDateTime(entry.at)}
              </time>
            </Td>
            <Td label="Actor">
              <ActorCell entry={entry} filterHref={filterHref} />
            </Td>
            <Td label="Action" mono>
              {entry.action}
            </Td>
            <Td label="Target">
              <TargetCell entry={entry} filterHref={filterHref} />
            </Td>
            <Td label="Changes" className={styles.changes}>
              <AuditDiff diff={entry.diff} />
            </Td>
            <Td label="Client address" mono>
              {entry.client_address ?? <span className="text-muted">—</span>}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
