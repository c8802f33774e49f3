import { Suspense } from "react";
import { LoadingState } from "@/components/ui/loading-state";
import { EventList } from "./event-list";

export const metadata = { title: "Events · OpsConductor Notify" };

export default function EventsPage() {
  return (
    <Suspense fallback={<LoadingState />}>
      <EventList />
    </Suspense>
  );
}
