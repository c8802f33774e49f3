"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { MaintenanceWindowForm } from "./maintenance-window-form";
import { useMaintenanceAccess } from "./use-maintenance-access";

const BACK = { href: "/maintenance", label: "Maintenance" };

function Notice({ title, description }: { title: string; description: string }) {
  return (
    <div className="stack stack--lg">
      <PageHeader title={title} back={BACK} />
      <EmptyState title={title} description={description} action={<ButtonLink href="/maintenance">Back to maintenance</ButtonLink>} />
    </div>
  );
}

/** Only admins get the form; it mounts once that is known, so its defaults (now, the browser's zone) are the browser's. */
function AdminsOnly({ children }: { children: ReactNode }) {
  const access = useMaintenanceAccess();
  if (!access) return <LoadingState label="Loading…" />;
  if (!access.canWrite) return <Notice title="Only admins plan maintenance" description="Ask an admin to create or change a maintenance window." />;
  return children;
}

export function NewWindowLoader() {
  return (
    <AdminsOnly>
      <MaintenanceWindowForm window={null} />
    </AdminsOnly>
  );
}

function EditForm({ id }: { id: number }) {
  const trpc = useTRPC();
  // The form copies the window once: no refetch while it is open, and a fresh load on every visit.
  const query = useQuery({ ...trpc.maintenanceWindows.byId.queryOptions({ id }), staleTime: Infinity, gcTime: 0, refetchOnWindowFocus: false });
  if (query.isError && (query.error as { data?: { code?: string } | null }).data?.code === "NOT_FOUND") {
    return <Notice title="Maintenance window not found" description="It may have been deleted." />;
  }
  if (query.isPending) return <LoadingState label="Loading maintenance window…" />;
  if (query.isError) {
    return (
      <div className="stack stack--lg">
        <PageHeader title="Edit maintenance window" back={BACK} />
        <ErrorState message={trpcErrorMessage(query.error)} onRetry={() => query.refetch()} retrying={query.isFetching} />
      </div>
    );
  }
  return <MaintenanceWindowForm key={query.data.id} window={query.data} />;
}

export function EditWindowLoader({ id }: { id: number }) {
  if (!Number.isInteger(id) || id <= 0) return <Notice title="Maintenance window not found" description="That is not a window's address." />;
  return (
    <AdminsOnly>
      <EditForm id={id} />
    </AdminsOnly>
  );
}
