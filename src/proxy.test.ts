import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

async function loadProxy(appUrl?: string) {
  vi.resetModules();
  if (appUrl) vi.stubEnv("APP_URL", appUrl);
  else vi.stubEnv("APP_URL", undefined);
  vi.stubEnv("PORT", "3009");
  return (await import("./proxy")).proxy;
}

afterEach(() => vi.unstubAllEnvs());

const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("proxy: security headers", () => {
  it.each(["/sign-in", "/notifications?page=2", "/api/v1/notification/health", "/api/trpc/me", "/_next/static/chunks/main.js", "/favicon.svg"])("sends them on %s", async (path) => {
    const proxy = await loadProxy();
    const response = proxy(new NextRequest(`http://localhost:3009${path}`));
    const csp = response.headers.get("content-security-policy");
    expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'; /);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("hands a fresh nonce to the render through the request headers", async () => {
    const proxy = await loadProxy();
    const first = proxy(new NextRequest("http://localhost:3009/sign-in"));
    const second = proxy(new NextRequest("http://localhost:3009/sign-in"));
    const nonce = nonceOf(first.headers.get("content-security-policy"));
    expect(nonce).toBeTruthy();
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
    // NextResponse.next({ request: { headers } }) passes request headers on as x-middleware-request-*.
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(first.headers.get("content-security-policy"));
  });

  it("adds HSTS and upgrade-insecure-requests when APP_URL is https", async () => {
    const proxy = await loadProxy("https://notify.example.com");
    const response = proxy(new NextRequest("https://notify.example.com/sign-in"));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(response.headers.get("content-security-policy")).toMatch(/; upgrade-insecure-requests$/);
  });
});

describe("proxy: cross-site requests", () => {
  const postFrom = (path: string, origin: string, contentType = "application/x-www-form-urlencoded") =>
    new NextRequest(`http://localhost:3009${path}`, { method: "POST", headers: { origin, "content-type": contentType }, body: "csrfToken=x&email=a%40b.c&password=p" });

  it("refuses next-auth POSTs from another origin with a 403 JSON error", async () => {
    const proxy = await loadProxy();
    for (const path of ["/api/auth/callback/credentials", "/api/auth/signout"]) {
      const response = proxy(postFrom(path, "https://evil.example"));
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: { code: "forbidden", message: expect.stringContaining('Origin "https://evil.example"') } });
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("refuses cross-site tRPC posts before they reach the route", async () => {
    const proxy = await loadProxy();
    expect(proxy(postFrom("/api/trpc/mailCatcher.clear", "https://evil.example", "application/json")).status).toBe(403);
  });

  it("lets same-origin sign-in through, and leaves the API-key REST routes alone", async () => {
    const proxy = await loadProxy();
    expect(proxy(postFrom("/api/auth/callback/credentials", "http://localhost:3009")).headers.get("x-middleware-next")).toBe("1");
    // Bearer API keys, never cookies: a foreign page cannot make the browser send one.
    expect(proxy(postFrom("/api/v1/notifications", "https://evil.example", "application/json")).headers.get("x-middleware-next")).toBe("1");
  });
});
