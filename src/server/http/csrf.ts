/*
 * Cross-site request forgery guard for requests authenticated by the session cookie.
 * SameSite=Lax alone lets a sibling subdomain (same site) post forms, and tRPC accepts
 * multipart/form-data: a plain <form> could run a mutation. Two independent checks close that:
 * the request must come from this app's origin, and tRPC calls must be JSON (which a browser
 * only sends cross-origin after a CORS preflight this app never grants).
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type TCsrfOptions = {
  /** The app's public origin (from APP_URL). The request's own Host is accepted too. */
  appOrigin: string;
  /** tRPC: a state-changing call must have `Content-Type: application/json`. */
  requireJson?: boolean;
};

/** Why this state-changing request is refused as cross-site, or null when it may proceed. */
export function crossSiteReason(request: Request, { appOrigin, requireJson = false }: TCsrfOptions): string | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  const originReason = foreignOriginReason(request, appOrigin);
  if (originReason) return originReason;
  if (requireJson) {
    const mediaType = request.headers.get("content-type")?.split(";", 1)[0]?.trim().toLowerCase();
    if (mediaType !== "application/json") return `calls that change something must be sent as application/json, not ${mediaType ? mediaType : "without a content type"}`;
  }
  return null;
}

/** The refusal as a 403 in the REST error shape (`{ error: { code, message } }`), or null. */
export function refuseCrossSiteRequest(request: Request, options: TCsrfOptions): Response | null {
  const reason = crossSiteReason(request, options);
  if (!reason) return null;
  return Response.json({ error: { code: "forbidden", message: `Cross-site request refused: ${reason}.` } }, { status: 403 });
}

/**
 * Origin first (every current browser sends it on a POST); without it Sec-Fetch-Site, then Referer.
 * A request with none of the three does not come from a browser, so it cannot carry a victim's
 * cookie by forgery (scripts and the CLI use API keys or their own sign-in).
 */
function foreignOriginReason(request: Request, appOrigin: string): string | null {
  const origin = request.headers.get("origin");
  if (origin !== null) return isOwnOrigin(origin, request, appOrigin) ? null : `Origin "${origin}" is not this application's origin (${appOrigin})`;
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin" || site === "none" ? null : `the browser marked it ${site} (Sec-Fetch-Site)`;
  const referer = request.headers.get("referer");
  if (referer !== null) return isOwnOrigin(referer, request, appOrigin) ? null : `it was sent from another page than this application's (Referer)`;
  return null;
}

/** `value` is an origin or a URL; "null" (sandboxed frames, data: pages) never matches. */
function isOwnOrigin(value: string, request: Request, appOrigin: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  if (url.origin === "null") return false;
  // The scheme is left out of the Host comparison: behind a TLS-terminating proxy the app sees http.
  return url.origin === appOrigin || requestHosts(request).includes(url.host);
}

/** The host the browser addressed: a reverse proxy's X-Forwarded-Host, the Host header, the URL. */
function requestHosts(request: Request): string[] {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",", 1)[0]?.trim();
  const host = request.headers.get("host") ?? new URL(request.url).host;
  return (forwarded ? [forwarded, host] : [host]).map((name) => name.toLowerCase());
}
