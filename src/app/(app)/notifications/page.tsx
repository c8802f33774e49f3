import { Suspense } from "react";
import { LoadingState } from "@/components/ui/loading-state";
import { NotificationList } from "./notification-list";

export const metadata = { title: "Notifications · OpsConductor Notify" };

export default function NotificationsPage() {
  return (
    <Suspense fallback={<LoadingState />}>
      <NotificationList />
    </Suspense>
  );
}
