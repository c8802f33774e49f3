import { randomBytes } from "node:crypto";

export type TSecurityHeaderOptions = {
  /** Fresh per request: Next.js reads it back from the CSP and puts it on its own scripts. */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks in the browser with eval. */
  development: boolean;
  /** The app is served over https (APP_URL): only then HSTS and upgrade-insecure-requests. */
  https: boolean;
};

/** 128 random bits, base64 — the form Next.js accepts in `'nonce-…'`. */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * One policy for every response. Scripts run only with the nonce ('strict-dynamic' lets the
 * scripts so allowed load their chunks); 'self' is the fallback for CSP2-only browsers.
 * Styles keep 'unsafe-inline': the UI sets `style` attributes (skeleton sizes, CSS variables) and
 * caught or previewed emails — sandboxed srcdoc frames, which inherit this policy — carry their
 * own <style> and inline styles; a nonce would silently drop both.
 */
export function contentSecurityPolicy({ nonce, development, https }: TSecurityHeaderOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** The headers every response carries: pages, route handlers and static files alike. */
export function securityHeaders(options: TSecurityHeaderOptions): { "Content-Security-Policy": string; [name: string]: string } {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    // frame-ancestors for browsers that predate it.
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Only for an https APP_URL: a host reached over plain http must never be pinned to https.
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
