import Link from "next/link";
import { formatDateTime, formatRelative } from "@/components/format/format-date";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { TStatsOverview } from "@/server/stats/stats-overview-schema";
import styles from "./dashboard.module.css";

type TProps = Pick<TStatsOverview, "incidents" | "maintenance">;

const SEVERITY_TONE = { critical: "danger", warning: "warning", info: "info" } as const;

/** Open incidents and maintenance in force, shown only when there are some: they are what to look at first. */
export function AttentionCards({ incidents, maintenance }: TProps) {
  if (incidents.open === 0 && maintenance.active.length === 0) return null;
  return (
    <div className={styles.pair}>
      {incidents.open > 0 && (
        <Card aria-label="Open incidents">
          <CardHeader title={<Link href="/incidents">{incidents.open === 1 ? "1 open incident" : `${incidents.open} open incidents`}</Link>} />
          <CardBody>
            <ul className={styles.list}>
              {incidents.latest.map((incident) => (
                <li key={incident.id}>
                  <Badge tone={SEVERITY_TONE[incident.severity]}>{incident.severity}</Badge> <Link href={`/incidents/${incident.id}`}>{incident.title}</Link>
                  <span className="text-sm text-muted" title={formatDateTime(incident.triggered_at)}>
                    {" "}
                    · {incident.status}, {formatRelative(incident.triggered_at)}
                  </span>
                </li>
              ))}
            </ul>
          </CardBody>
        </Card>
      )}
      {maintenance.active.length > 0 && (
        <Card aria-label="Active maintenance">
          <CardHeader title={<Link href="/maintenance">{maintenance.active.length === 1 ? "1 maintenance window in force" : `${maintenance.active.length} maintenance windows in force`}</Link>} />
          <CardBody>
            <ul className={styles.list}>
              {maintenance.active.map((window) => (
                <li key={window.id}>
                  <Link href={`/maintenance/${window.id}`}>{window.name}</Link>
                  {window.ends_at && <span className="text-sm text-muted"> · ends {formatRelative(window.ends_at)}</span>}
                </li>
              ))}
            </ul>
          </CardBody>
        </Card>
      )}
    </div>
  );
}
