import { NextResponse, type NextRequest } from "next/server";
import { appUrl, env } from "@/env";
import { refuseCrossSiteRequest } from "@/server/http/csrf";
import { createNonce, securityHeaders } from "@/server/http/security-headers";

/*
 * Runs before every request (no matcher: pages, route handlers, _next/static and public files),
 * so every response carries the security headers, and every page render gets a fresh CSP nonce.
 */

/** Authenticated by a bearer token (API key, service token), never by the cookie: not CSRF-able. */
const BEARER_TOKEN_PATHS = ["/api/v1/", "/internal/"];

export function proxy(request: NextRequest): NextResponse | Response {
  const origin = new URL(appUrl()).origin;
  const nonce = createNonce();
  const headers = securityHeaders({ nonce, development: env().NODE_ENV === "development", https: origin.startsWith("https:") });

  // Everything else may carry the session cookie: tRPC, next-auth's POSTs, and whatever is added later.
  const cookieAuthenticated = !BEARER_TOKEN_PATHS.some((prefix) => request.nextUrl.pathname.startsWith(prefix));
  const refusal = cookieAuthenticated ? refuseCrossSiteRequest(request, { appOrigin: origin }) : null;
  if (refusal) {
    for (const [name, value] of Object.entries(headers)) refusal.headers.set(name, value);
    return refusal;
  }

  // Next.js finds the nonce in the request's CSP and puts it on its scripts; the root layout reads x-nonce.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
