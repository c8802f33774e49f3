import { Suspense } from "react";
import { LoadingState } from "@/components/ui/loading-state";
import { CaughtEmailList } from "./caught-email-list";

export const metadata = { title: "Mail catcher · OpsConductor Notify" };

export default function MailPage() {
  return (
    <Suspense fallback={<LoadingState />}>
      <CaughtEmailList />
    </Suspense>
  );
}
