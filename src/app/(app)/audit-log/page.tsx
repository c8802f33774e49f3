import { Suspense } from "react";
import { LoadingState } from "@/components/ui/loading-state";
import { AuditLogView } from "./audit-log-view";

export const metadata = { title: "Audit log · OpsConductor Notify" };

export default function AuditLogPage() {
  return (
    <Suspense fallback={<LoadingState />}>
      <AuditLogView />
    </Suspense>
  );
}
