import { PageHeader } from "@/components/ui/page-header";
import { ApiReferenceLoader } from "./api-reference-loader";

export const metadata = { title: "API reference · OpsConductor Notify" };

export default function ApiReferencePage() {
  return (
    <>
      <PageHeader
        title="API reference"
        description={
          <>
            Every REST endpoint with its scope, bodies, errors and an example, generated from the schemas the server validates with (
            <a href="/api/v1/openapi.json">openapi.json</a>). To try a request, paste an API key under Authentication; it stays in this tab.
          </>
        }
      />
      <ApiReferenceLoader />
    </>
  );
}
