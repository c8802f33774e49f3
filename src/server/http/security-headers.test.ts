import { getScriptNonceFromHeader } from "next/dist/server/app-render/get-script-nonce-from-header";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders } from "./security-headers";

const nonce = "c2VjcmV0LW5vbmNlLTEyMw==";

describe("security headers", () => {
  it("builds the production CSP: nonce-only scripts, no eval, no framing", () => {
    expect(contentSecurityPolicy({ nonce, development: false, https: false })).toBe(
      `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
    );
  });

  it("allows eval only in development, and upgrades requests only over https", () => {
    expect(contentSecurityPolicy({ nonce, development: true, https: false })).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'unsafe-eval';`);
    expect(contentSecurityPolicy({ nonce, development: false, https: true })).toMatch(/; upgrade-insecure-requests$/);
    expect(contentSecurityPolicy({ nonce, development: false, https: false })).not.toContain("upgrade-insecure-requests");
  });

  it("puts the nonce where Next.js looks for it", () => {
    const fresh = createNonce();
    expect(fresh).not.toBe(createNonce());
    expect(getScriptNonceFromHeader(contentSecurityPolicy({ nonce: fresh, development: false, https: false }))).toBe(fresh);
  });

  it("sends the fixed headers always and HSTS only over https", () => {
    const plain = securityHeaders({ nonce, development: false, https: false });
    expect(plain).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": expect.stringContaining("camera=()"),
    });
    expect(plain).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ nonce, development: false, https: true })["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
  });
});
