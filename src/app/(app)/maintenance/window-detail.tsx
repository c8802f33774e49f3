"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatSpanInZone, formatInZone } from "@/server/maintenance/maintenance-window-words";
import { useTRPC } from "@/trpc/react";
import { ChangeHistory } from "./change-history";
import styles from "./maintenance.module.css";
import { useMaintenanceAccess } from "./use-maintenance-access";
import { useWindowActions } from "./use-window-actions";
import { WindowStatusBadge } from "./window-status-badge";
import { criticalText, scheduleText, scopeText } from "./window-words";

const BACK = { href: "/maintenance", label: "Maintenance" };

/** One window: where it stands, what it covers, and its change history; End now, Edit and Delete for admins. */
export function WindowDetail({ id }: { id: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const access = useMaintenanceAccess();
  const valid = Number.isInteger(id) && id > 0;
  const query = useQuery({ ...trpc.maintenanceWindows.byId.queryOptions({ id }), enabled: valid, refetchInterval: 30_000 });
  const { askEnd, askDelete, dialogs } = useWindowActions({ onDeleted: () => router.push("/maintenance") });

  if (!valid || (query.isError && (query.error as { data?: { code?: string } | null }).data?.code === "NOT_FOUND")) {
    return (
      <div className="stack stack--lg">
        <PageHeader title="Maintenance window not found" back={BACK} />
        <EmptyState title="There is no such maintenance window" description="It may have been deleted." action={<ButtonLink href="/maintenance">Back to maintenance</ButtonLink>} />
      </div>
    );
  }
  if (query.isPending) return <LoadingState label="Loading maintenance window…" />;
  if (query.isError) {
    return (
      <div className="stack stack--lg">
        <PageHeader title="Maintenance window" back={BACK} />
        <ErrorState message={trpcErrorMessage(query.error)} onRetry={() => query.refetch()} retrying={query.isFetching} />
      </div>
    );
  }

  const window = query.data;
  const zone = window.timezone;
  const span = (occurrence: { starts_at: string; ends_at: string } | null) => occurrence && formatSpanInZone(occurrence.starts_at, occurrence.ends_at, zone);
  return (
    <div className="stack stack--lg">
      <PageHeader
        title={window.name}
        back={BACK}
        description={window.description ?? undefined}
        actions={
          access?.canWrite && (
            <div className={styles.formActions}>
              {window.active_now && <Button onClick={() => askEnd(window)}>End now</Button>}
              <ButtonLink href={`/maintenance/${window.id}/edit`}>Edit</ButtonLink>
              <Button variant="danger" onClick={() => askDelete(window)}>
                Delete
              </Button>
            </div>
          )
        }
      />
      <Card>
        <CardHeader title="Window" actions={<WindowStatusBadge window={window} />} />
        <CardBody>
          <DescriptionList
            columns={2}
            items={[
              { label: "Schedule", value: scheduleText(window) },
              { label: "Covers", value: scopeText(window) },
              { label: "Current occurrence", value: span(window.current_occurrence) ?? "Not active now" },
              { label: "Next occurrence", value: span(window.next_occurrence) ?? "None" },
              { label: "Critical events", value: criticalText(window) },
              { label: "Ended early", value: window.ended_until && `Inactive until ${formatInZone(window.ended_until, zone)} (${zone})` },
              { label: "Created by", value: window.created_by },
            ]}
          />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="History" description="Every change, with who made it." />
        <CardBody flush>
          <ChangeHistory changes={window.changes} />
        </CardBody>
      </Card>
      {dialogs}
    </div>
  );
}
