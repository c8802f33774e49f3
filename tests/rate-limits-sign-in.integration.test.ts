import NextAuth, { type AuthOptions } from "next-auth";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createScratchDatabase } from "./support/database";

// Sign-in brute force (issue 11, item 2) through next-auth's own handler with
// the app's authOptions(): CSRF token, credentials callback, and the `error`
// the browser's signIn() reads from the answer. (next-auth's Node handler: the
// App Router one reads next/headers, which needs a live Next request; both
// hand the same request to the same core.) The limits are the
// defaults: 5 failures per account, 20 per client address, per 15 minutes.
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;
process.env.NEXTAUTH_URL = "http://localhost:3009";
process.env.TRUST_PROXY = "1";

const { disconnectDb } = await import("@/server/db/client");
const { createUser } = await import("@/server/auth/users");
const { authOptions } = await import("@/server/auth/auth-options");
const { closeRateLimitPool } = await import("@/server/rate-limits/rate-limit-pool");

await createUser({ email: "ana@example.com", role: "OPERATOR", password: "ana-password" });
await createUser({ email: "bob@example.com", role: "VIEWER", password: "bob-password" });

afterAll(async () => {
  await closeRateLimitPool();
  await disconnectDb();
  await scratch.drop();
});

type TCookie = { name: string; value: string; secure: boolean };

/** Calls next-auth as /api/auth/<action>[/<provider>] would, returning the status, JSON body and cookies set. */
async function callNextAuth(options: AuthOptions, action: string[], request: { method: string; headers?: Record<string, string>; cookies?: Record<string, string>; body?: Record<string, string> }) {
  const headers = new Map<string, unknown>();
  let status = 200;
  let body: unknown;
  const res = {
    status: (code: number) => ((status = code), res),
    setHeader: (name: string, value: unknown) => (headers.set(name.toLowerCase(), value), res),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    end: () => undefined,
    json: (value: unknown) => void (body = value),
    send: (value: unknown) => void (body = value),
  };
  const req = { query: { nextauth: action }, method: request.method, headers: request.headers ?? {}, cookies: request.cookies ?? {}, body: request.body };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: AuthOptions) => Promise<void>)(req, res, options);
  const cookies = ((headers.get("set-cookie") ?? []) as string[]).map((line): TCookie => {
    const [pair = ""] = line.split(";");
    const at = pair.indexOf("=");
    return { name: pair.slice(0, at), value: decodeURIComponent(pair.slice(at + 1)), secure: /;\s*Secure/i.test(line) };
  });
  return { status, body: body as Record<string, string> | undefined, cookies };
}

async function csrf(options: AuthOptions) {
  const response = await callNextAuth(options, ["csrf"], { method: "GET" });
  const cookie = response.cookies.find((one) => one.name.endsWith("next-auth.csrf-token"))!;
  return { token: response.body!.csrfToken!, cookie };
}

/** One sign-in as the form makes it; `error` is what next-auth's signIn() hands the form. */
async function signIn(email: string, password: string, address = "198.51.100.1", options: AuthOptions = authOptions()) {
  const { token, cookie } = await csrf(options);
  const response = await callNextAuth(options, ["callback", "credentials"], {
    method: "POST",
    // The proxy appended the address it saw; the first entry is the client's own claim.
    headers: { "x-forwarded-for": `203.0.113.250, ${address}`, "content-type": "application/x-www-form-urlencoded" },
    cookies: { [cookie.name]: cookie.value },
    body: { email, password, csrfToken: token, callbackUrl: "http://localhost:3009/notifications", json: "true" },
  });
  // What next-auth/react's signIn() does with the answer.
  const error = new URL(response.body?.url ?? "http://localhost/").searchParams.get("error");
  return { ok: !error && response.status < 400, error, cookies: response.cookies };
}

describe("sign-in limits", () => {
  it("refuses an account after 5 failures with a clear message, even with the right password", async () => {
    for (let i = 0; i < 5; i++) {
      expect(await signIn("ana@example.com", "wrong-password", `198.51.100.${10 + i}`)).toMatchObject({ ok: false, error: "CredentialsSignin" });
    }
    const refused = await signIn("ANA@example.com", "ana-password", "198.51.100.20");
    expect(refused.ok).toBe(false);
    expect(refused.error).toBe("Too many failed sign-ins for this account; try again in 15 minutes.");
    expect(refused.cookies.some((cookie) => cookie.name.includes("session-token"))).toBe(false);
  });

  it("answers an unknown email exactly like a real account, so a refusal reveals nothing", async () => {
    for (let i = 0; i < 5; i++) expect((await signIn("nobody@example.com", "whatever-password", `198.51.100.${30 + i}`)).error).toBe("CredentialsSignin");
    expect((await signIn("nobody@example.com", "whatever-password", "198.51.100.40")).error).toBe("Too many failed sign-ins for this account; try again in 15 minutes.");
  });

  it("forgets an account's failures when it signs in", async () => {
    for (let i = 0; i < 4; i++) expect((await signIn("bob@example.com", "wrong-password", "198.51.100.50")).error).toBe("CredentialsSignin");
    expect(await signIn("bob@example.com", "bob-password", "198.51.100.50")).toMatchObject({ ok: true, error: null });
    for (let i = 0; i < 4; i++) expect((await signIn("bob@example.com", "wrong-password", "198.51.100.50")).error).toBe("CredentialsSignin");
    const signedIn = await signIn("bob@example.com", "bob-password", "198.51.100.50");
    expect(signedIn).toMatchObject({ ok: true, error: null });
    expect(signedIn.cookies.some((cookie) => cookie.name === "next-auth.session-token")).toBe(true);
  });

  it("refuses a client address after 20 failures, whatever accounts it tries and whatever it claims to be", async () => {
    // Ten sign-ins above came from 198.51.100.50 (eight failed, two succeeded and were forgiven).
    for (let i = 0; i < 12; i++) expect((await signIn(`user${i}@example.com`, "wrong-password", "198.51.100.50")).error).toBe("CredentialsSignin");
    const refused = await signIn("someone-else@example.com", "wrong-password", "198.51.100.50");
    expect(refused.error).toBe("Too many failed sign-ins from your network address; try again in 15 minutes.");
    // The client-written part of X-Forwarded-For (first entry) changes nothing; another real address is not affected.
    expect((await signIn("bob@example.com", "bob-password", "198.51.100.51")).ok).toBe(true);
  });

  it("hashes at most a few passwords at once and refuses the rest instead of queueing without end", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(`burst${i}@example.com`, "wrong-password", `192.0.2.${i + 1}`)));
    const busy = results.filter((result) => result.error?.startsWith("The server is busy checking other sign-ins"));
    // Two run and eight wait; the others are refused at once without a hash.
    expect(busy.length).toBeGreaterThanOrEqual(5);
    expect(results.filter((result) => result.error === "CredentialsSignin").length).toBeLessThanOrEqual(15);
    // A refused attempt was never checked, so it is not held against the account.
    const { signInWithPassword } = await import("@/server/auth/users");
    const burstEmail = `burst${results.findIndex((result) => result.error?.startsWith("The server is busy"))}@example.com`;
    for (let i = 0; i < 5; i++) await expect(signInWithPassword({ email: burstEmail, password: "wrong-password", address: "192.0.2.200" })).resolves.toBeNull();
  });
});

describe("session cookie", () => {
  it("is Secure (with the __Secure- / __Host- names) whenever APP_URL is https", async () => {
    vi.resetModules();
    process.env.APP_URL = "https://notify.example.com";
    try {
      const fresh = (await import("@/server/auth/auth-options")).authOptions();
      const { cookie } = await csrf(fresh);
      expect(cookie).toMatchObject({ name: "__Host-next-auth.csrf-token", secure: true });
      const signedIn = await signIn("ana-secure@example.com", "wrong-password", "192.0.2.240", fresh);
      expect(signedIn.error).toBe("CredentialsSignin");
      await createUser({ email: "secure@example.com", role: "VIEWER", password: "secure-password" });
      const session = (await signIn("secure@example.com", "secure-password", "192.0.2.241", fresh)).cookies.find((one) => one.name.includes("session-token"));
      expect(session).toMatchObject({ name: "__Secure-next-auth.session-token", secure: true });
    } finally {
      delete process.env.APP_URL;
    }
  });
});
