import type { TAuditLogEntry } from "@/server/audit/audit-log-schema";
import { auditDiffLines, type TAuditDiffLine, type TShownValue } from "./audit-diff-lines";
import styles from "./audit-log.module.css";

/** Fields shown before the rest fold away, so a creation with twenty fields keeps its row short. */
const SHOWN = 4;

function Value({ value, as: Tag }: { value: TShownValue; as: "del" | "ins" }) {
  return <Tag className={value.muted ? `${styles.value} ${styles.muted}` : styles.value}>{value.text}</Tag>;
}

function Line({ line }: { line: TAuditDiffLine }) {
  return (
    <li className={styles.diffLine}>
      <span className={styles.field}>{line.field}</span>
      {line.from && (
        <>
          <span className="visually-hidden">{line.kind === "removed" ? " was " : " from "}</span>
          <Value value={line.from} as="del" />
        </>
      )}
      {line.from && line.to && (
        <span className={styles.arrow} aria-hidden="true">
          →
        </span>
      )}
      {line.to && (
        <>
          <span className="visually-hidden">{line.kind === "set" ? " set to " : " to "}</span>
          <Value value={line.to} as="ins" />
        </>
      )}
    </li>
  );
}

/** What changed, field by field: "name: Backups → Nightly backups"; secrets read "••••". */
export function AuditDiff({ diff }: { diff: TAuditLogEntry["diff"] }) {
  const lines = auditDiffLines(diff);
  if (lines.length === 0) return <span className="text-muted">—</span>;
  const rest = lines.slice(SHOWN);
  return (
    <div className={styles.diff}>
      <ul className={styles.diffLines}>
        {lines.slice(0, SHOWN).map((line) => (
          <Line key={line.field} line={line} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details className={styles.more}>
          <summary>
            {rest.length} more {rest.length === 1 ? "field" : "fields"}
          </summary>
          <ul className={styles.diffLines}>
            {rest.map((line) => (
              <Line key={line.field} line={line} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
