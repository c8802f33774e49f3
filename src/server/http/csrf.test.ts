import { describe, expect, it } from "vitest";
import { crossSiteReason, refuseCrossSiteRequest } from "./csrf";

const appOrigin = "https://notify.example.com";

function post(headers: Record<string, string>, url = "https://notify.example.com/api/trpc/x") {
  return new Request(url, { method: "POST", headers });
}

describe("cross-site request guard", () => {
  it.each([
    ["the app's own origin", { origin: appOrigin }],
    ["the Host it was addressed to, behind a TLS proxy", { origin: "https://10.0.0.5:3009", host: "10.0.0.5:3009" }],
    ["the reverse proxy's forwarded host", { origin: "https://notify.internal", "x-forwarded-host": "notify.internal", host: "127.0.0.1:3009" }],
    ["no Origin but Sec-Fetch-Site same-origin", { "sec-fetch-site": "same-origin" }],
    ["no Origin but a same-origin Referer", { referer: `${appOrigin}/channels` }],
    ["no browser signal at all (a script)", {}],
  ])("accepts %s", (_, headers) => {
    expect(crossSiteReason(post(headers), { appOrigin })).toBeNull();
  });

  it.each([
    ["another site", { origin: "https://evil.example" }, /Origin "https:\/\/evil.example"/],
    ["a sibling subdomain (same site, so SameSite=Lax lets its cookie through)", { origin: "https://other.example.com" }, /Origin/],
    ["an opaque origin (sandboxed frame, data: page)", { origin: "null" }, /Origin "null"/],
    ["Sec-Fetch-Site cross-site without Origin", { "sec-fetch-site": "cross-site" }, /cross-site/],
    ["Sec-Fetch-Site same-site without Origin", { "sec-fetch-site": "same-site" }, /same-site/],
    ["a foreign Referer without Origin", { referer: "https://evil.example/page" }, /Referer/],
  ])("refuses %s", (_, headers, reason) => {
    expect(crossSiteReason(post(headers), { appOrigin })).toMatch(reason);
  });

  it("leaves safe methods alone", () => {
    expect(crossSiteReason(new Request(`${appOrigin}/api/trpc/me`, { headers: { origin: "https://evil.example" } }), { appOrigin })).toBeNull();
  });

  it("requires JSON when asked, whatever the origin", () => {
    const same = { origin: appOrigin };
    expect(crossSiteReason(post({ ...same, "content-type": "application/json" }), { appOrigin, requireJson: true })).toBeNull();
    expect(crossSiteReason(post({ ...same, "content-type": "Application/JSON; charset=utf-8" }), { appOrigin, requireJson: true })).toBeNull();
    for (const type of ["multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "text/plain", "application/json-seq"]) {
      expect(crossSiteReason(post({ ...same, "content-type": type }), { appOrigin, requireJson: true })).toMatch(/application\/json/);
    }
    expect(crossSiteReason(post(same), { appOrigin, requireJson: true })).toMatch(/without a content type/);
    expect(crossSiteReason(post({ ...same, "content-type": "text/plain" }), { appOrigin })).toBeNull();
  });

  it("answers a refusal with a 403 JSON error", async () => {
    const response = refuseCrossSiteRequest(post({ origin: "https://evil.example" }), { appOrigin });
    expect(response?.status).toBe(403);
    expect(await response?.json()).toEqual({ error: { code: "forbidden", message: expect.stringMatching(/^Cross-site request refused: Origin/) } });
  });
});
