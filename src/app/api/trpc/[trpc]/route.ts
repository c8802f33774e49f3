import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appUrl } from "@/env";
import { appRouter } from "@/server/api/root";
import { createTrpcContext } from "@/server/api/trpc";
import { refuseCrossSiteRequest } from "@/server/http/csrf";

function handler(request: Request) {
  // Checked here as well as in the proxy: tRPC would otherwise run a mutation posted by a plain
  // cross-site <form> (it accepts multipart/form-data), and this must hold whatever the proxy matches.
  const refusal = refuseCrossSiteRequest(request, { appOrigin: new URL(appUrl()).origin, requireJson: true });
  if (refusal) return refusal;
  return fetchRequestHandler({ endpoint: "/api/trpc", req: request, router: appRouter, createContext: createTrpcContext });
}

export { handler as GET, handler as POST };
