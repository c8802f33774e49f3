"use client";

import dynamic from "next/dynamic";
import { LoadingState } from "@/components/ui/loading-state";

// Scalar mounts a Vue app into the DOM: there is nothing to render on the server.
const ApiReference = dynamic(() => import("./api-reference").then((module) => module.ApiReference), {
  ssr: false,
  loading: () => <LoadingState label="Loading the API reference…" />,
});

export function ApiReferenceLoader() {
  return <ApiReference />;
}
