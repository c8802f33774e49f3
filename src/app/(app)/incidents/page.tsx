import { Suspense } from "react";
import { LoadingState } from "@/components/ui/loading-state";
import { IncidentList } from "./incident-list";

export const metadata = { title: "Incidents · OpsConductor Notify" };

// The list reads its status and page from the URL (useSearchParams), which needs a Suspense boundary.
export default function IncidentsPage() {
  return (
    <Suspense fallback={<LoadingState label="Loading incidents…" />}>
      <IncidentList />
    </Suspense>
  );
}
