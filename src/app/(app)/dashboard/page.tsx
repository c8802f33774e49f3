import { Suspense } from "react";
import { LoadingState } from "@/components/ui/loading-state";
import { DashboardView } from "./dashboard-view";

export const metadata = { title: "Dashboard · OpsConductor Notify" };

export default function DashboardPage() {
  return (
    <Suspense fallback={<LoadingState label="Loading the dashboard…" />}>
      <DashboardView />
    </Suspense>
  );
}
