import { Suspense } from "react";
import { LoadingState } from "@/components/ui/loading-state";
import { TemplateGallery } from "./template-gallery";

export const metadata = { title: "Email templates · OpsConductor Notify" };

export default function TemplatesPage() {
  return (
    <Suspense fallback={<LoadingState />}>
      <TemplateGallery />
    </Suspense>
  );
}
