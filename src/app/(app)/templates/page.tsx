import { Suspense } from "react";
import { LoadingState } from "@/components/ui/loading-state";
import { CustomTemplatesPanel } from "./custom-templates-panel";
import { TemplateGallery } from "./template-gallery";

export const metadata = { title: "Templates · OpsConductor Notify" };

export default function TemplatesPage() {
  return (
    <div className="stack stack--lg">
      <CustomTemplatesPanel />
      {/* The gallery reads ?template= from the URL, which needs a Suspense boundary. */}
      <Suspense fallback={<LoadingState label="Loading built-in templates…" />}>
        <TemplateGallery />
      </Suspense>
    </div>
  );
}
