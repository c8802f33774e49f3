import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appUrl } from "@/env";
import { appRouter } from "@/server/api/root";
import { createTrpcContext } from "@/server/api/trpc";
import { refuseCrossSiteRequest } from "@/server/http/csrf";
import { limitTrpcRequestBody } from "@/server/http/limit-trpc-request-body";

function handler(request: Request) {
  // Checked here as well as in the proxy: tRPC would otherwise run a mutation posted by a plain
  // cross-site <form> (it accepts multipart/form-data), and this must hold whatever the proxy matches.
  const refusal = refuseCrossSiteRequest(request, { appOrigin: new URL(appUrl()).origin, requireJson: true });
  if (refusal) return refusal;
  // fetchRequestHandler has no body limit of its own: past 1 MB or 32 levels of JSON, tRPC answers 413/400.
  return fetchRequestHandler({ endpoint: "/api/trpc", req: limitTrpcRequestBody(request), router: appRouter, createContext: createTrpcContext });
}

export { handler as GET, handler as POST };
