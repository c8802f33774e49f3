import NextAuth, { type AuthOptions } from "next-auth";
import { decode } from "next-auth/jwt";
import { TRPCError } from "@trpc/server";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startCaptureSmtp } from "./support/smtp-capture";

// Issue 14, user management: invite → accept → demote → deactivate, with the
// invitee's real session (a next-auth sign-in, its JWT decoded and checked as
// every request checks it) and their personal API key; the last admin; a
// temporary password; reset links. Emails go to a capturing SMTP server.
const smtp = await startCaptureSmtp();
const scratch = await createScratchDatabase();
Object.assign(process.env, { DATABASE_URL: scratch.url, SMTP_URL: smtp.url, NEXTAUTH_URL: "http://localhost:3009", APP_URL: "http://localhost:3009" });

const { createCaller } = await import("@/server/api/root");
const { authenticateApiKey, createApiKey } = await import("@/server/auth/api-keys");
const { authOptions } = await import("@/server/auth/auth-options");
const { sessionUserForToken } = await import("@/server/auth/session-user");
const { createUser } = await import("@/server/auth/users");
const { db, disconnectDb } = await import("@/server/db/client");
const { closeRateLimitPool } = await import("@/server/rate-limits/rate-limit-pool");
const { closeSmtpTransports } = await import("@/server/channels/email/smtp-transport");
const { inviteUser } = await import("@/server/users/invite-user");
const { issuePasswordReset } = await import("@/server/users/issue-password-reset");
const { requestPasswordReset } = await import("@/server/users/request-password-reset");

const admin = await createUser({ email: "admin@example.com", role: "ADMIN", password: "admin-password" });
const asAdmin = createCaller({ user: admin });
const anonymous = createCaller({ user: null });

afterAll(async () => {
  closeSmtpTransports();
  await smtp.stop();
  await closeRateLimitPool();
  await disconnectDb();
  await scratch.drop();
});

/** Signs in through next-auth's own credentials callback, as the form does; answers the decoded session token, or the error the form would show. */
async function signIn(email: string, password: string): Promise<{ token: Record<string, unknown> | null; error: string | null }> {
  const options: AuthOptions = authOptions();
  const csrf = await callNextAuth(options, ["csrf"], { method: "GET" });
  const csrfCookie = csrf.cookies.find((cookie) => cookie.name.endsWith("next-auth.csrf-token"))!;
  const answer = await callNextAuth(options, ["callback", "credentials"], {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "198.51.100.7" },
    cookies: { [csrfCookie.name]: csrfCookie.value },
    body: { email, password, csrfToken: String((csrf.body as { csrfToken: string }).csrfToken), json: "true" },
  });
  const error = new URL(String((answer.body as { url?: string } | undefined)?.url ?? "http://localhost/")).searchParams.get("error");
  const session = answer.cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  const token = session ? ((await decode({ token: session.value, secret: options.secret! })) as Record<string, unknown> | null) : null;
  return { token, error };
}

async function callNextAuth(options: AuthOptions, action: string[], request: { method: string; headers?: Record<string, string>; cookies?: Record<string, string>; body?: Record<string, string> }) {
  const headers = new Map<string, unknown>();
  let body: unknown;
  const res = {
    status: () => res,
    setHeader: (name: string, value: unknown) => (headers.set(name.toLowerCase(), value), res),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    end: () => undefined,
    json: (value: unknown) => void (body = value),
    send: (value: unknown) => void (body = value),
  };
  const req = { query: { nextauth: action }, method: request.method, headers: request.headers ?? {}, cookies: request.cookies ?? {}, body: request.body };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: AuthOptions) => Promise<void>)(req, res, options);
  const cookies = ((headers.get("set-cookie") ?? []) as string[]).map((line) => {
    const [pair = ""] = line.split(";");
    const at = pair.indexOf("=");
    return { name: pair.slice(0, at), value: decodeURIComponent(pair.slice(at + 1)) };
  });
  return { body, cookies };
}

/** The link in the newest captured email to `to`, and its token (the last path segment). */
async function linkSentTo(to: string, count: number) {
  const messages = await smtp.waitForMessages(count);
  const message = messages.filter((one) => one.envelope.to.includes(to)).at(-1)!;
  const link = /http:\/\/localhost:3009\/(?:invite|reset-password)\/[A-Za-z0-9_-]+/.exec(message.parsed.text ?? "")![0];
  return { link, token: link.split("/").at(-1)!, message };
}

async function trpcCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a tRPC error: ${String(error)}`;
  }
}

async function keyRefusal(secret: string, scope: Parameters<typeof authenticateApiKey>[1]) {
  try {
    await authenticateApiKey(`Bearer ${secret}`, scope);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function auditActions(targetId: number): Promise<string[]> {
  const rows = await db().auditLogEntry.findMany({ where: { targetType: "user", targetId: String(targetId) }, orderBy: { id: "asc" } });
  return rows.map((row) => row.action);
}

describe("invite → accept → demote → deactivate", () => {
  it("walks one invitee through their whole life, their session and personal key following each change at once", async () => {
    const invited = await asAdmin.users.invite({ email: "Olga@Example.com", role: "OPERATOR" });
    expect(invited).toMatchObject({ invitation: { email: "olga@example.com", role: "OPERATOR", status: "pending" }, email: { sent: true } });
    const { token, message } = await linkSentTo("olga@example.com", 1);
    expect(message.parsed.subject).toBe("admin@example.com invited you to OpsConductor Notify");
    expect(invited.accept_url).toBe(`http://localhost:3009/invite/${token}`);
    // Only the hash is stored.
    const stored = await db().userInvitation.findFirstOrThrow({ where: { email: "olga@example.com" } });
    expect(stored.tokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);

    await expect(anonymous.users.describeInvitation({ token })).resolves.toMatchObject({ ok: true, email: "olga@example.com", role: "OPERATOR" });
    const olga = await anonymous.users.acceptInvitation({ token, name: "Olga Ops", password: "olga-password-1" });
    expect(olga).toMatchObject({ email: "olga@example.com", name: "Olga Ops", role: "OPERATOR", status: "active", must_change_password: false });
    // Single use.
    expect(await trpcCode(anonymous.users.acceptInvitation({ token, name: "Mallory", password: "mallory-password" }))).toBe("BAD_REQUEST");
    await expect(anonymous.users.describeInvitation({ token })).resolves.toEqual({ ok: false, problem: "This invitation was already accepted: sign in instead." });

    const session = await signIn("olga@example.com", "olga-password-1");
    expect(session.error).toBeNull();
    const me = await sessionUserForToken(session.token!);
    expect(me).toMatchObject({ id: olga.id, role: "OPERATOR", mustChangePassword: false });

    const asOlga = createCaller({ user: me });
    // A personal key carries no more than the role allows.
    expect(await trpcCode(asOlga.users.createApiKey({ name: "olga-admin", scopes: ["admin"] }))).toBe("FORBIDDEN");
    const personal = await asOlga.users.createApiKey({ name: "olga-laptop", scopes: ["notifications:write", "events:read"] });
    await expect(asOlga.users.apiKeys()).resolves.toMatchObject([{ name: "olga-laptop", revoked_at: null }]);
    // An organisation key she made (API keys page) is not hers: it outlives her account.
    const organisation = await createApiKey({ name: "executor-by-olga", scopes: ["notifications:write"], createdById: olga.id });
    expect(await keyRefusal(personal.secret, "notifications:write")).toBeNull();

    // Demote: the next request already has the new role, and the key lost what the role lost.
    await expect(asAdmin.users.changeRole({ id: olga.id, role: "VIEWER" })).resolves.toMatchObject({ role: "VIEWER" });
    expect(await sessionUserForToken(session.token!)).toMatchObject({ role: "VIEWER" });
    expect(await keyRefusal(personal.secret, "notifications:write")).toBe('API key "olga-laptop" lacks the notifications:write scope');
    expect(await keyRefusal(personal.secret, "events:read")).toBeNull();

    // Deactivate: session, personal key and sign-in stop at once; the row and the organisation key stay.
    await expect(asAdmin.users.deactivate({ id: olga.id })).resolves.toMatchObject({ status: "deactivated" });
    expect(await sessionUserForToken(session.token!)).toBeNull();
    expect(await keyRefusal(personal.secret, "events:read")).toBe('API key "olga-laptop" belongs to a deactivated user');
    expect(await keyRefusal(organisation.secret, "notifications:write")).toBeNull();
    expect(await signIn("olga@example.com", "olga-password-1")).toEqual({ token: null, error: "This account is deactivated: ask an admin to reactivate it." });
    await expect(asAdmin.users.manage()).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ email: "olga@example.com", status: "deactivated" })]));
    expect(await trpcCode(asAdmin.users.sendPasswordReset({ id: olga.id }))).toBe("CONFLICT");

    // Reactivate: she signs in again, but the session from before stays ended.
    await asAdmin.users.reactivate({ id: olga.id });
    expect(await sessionUserForToken(session.token!)).toBeNull();
    const again = await signIn("olga@example.com", "olga-password-1");
    expect(await sessionUserForToken(again.token!)).toMatchObject({ id: olga.id, role: "VIEWER" });

    expect(await auditActions(olga.id)).toEqual(["user.created", "user.role_changed", "user.deactivated", "user.reactivated"]);
    const invitedEntry = await db().auditLogEntry.findFirstOrThrow({ where: { action: "user.invited" } });
    expect(invitedEntry).toMatchObject({ actorType: "user", actorLabel: "admin@example.com", targetLabel: "olga@example.com" });
  });

  it("refuses an expired invitation, a withdrawn one, and an address that has an account", async () => {
    const longAgo = new Date(Date.now() - 73 * 3600 * 1000);
    await inviteUser({ input: { email: "late@example.com", role: "VIEWER" }, invitedBy: "user:admin@example.com", now: longAgo });
    const { token: expired } = await linkSentTo("late@example.com", 2);
    await expect(anonymous.users.describeInvitation({ token: expired })).resolves.toMatchObject({ ok: false, problem: expect.stringContaining("expired") });
    expect(await trpcCode(anonymous.users.acceptInvitation({ token: expired, name: "Late", password: "late-password-1" }))).toBe("BAD_REQUEST");

    await asAdmin.users.invite({ email: "twice@example.com", role: "VIEWER" });
    const { token: first } = await linkSentTo("twice@example.com", 3);
    const second = await asAdmin.users.invite({ email: "twice@example.com", role: "OPERATOR" });
    await expect(anonymous.users.describeInvitation({ token: first })).resolves.toMatchObject({ ok: false });
    await asAdmin.users.revokeInvitation({ id: second.invitation.id });
    const { token: revoked } = await linkSentTo("twice@example.com", 4);
    await expect(anonymous.users.describeInvitation({ token: revoked })).resolves.toMatchObject({ ok: false });

    expect(await trpcCode(asAdmin.users.invite({ email: "admin@example.com", role: "VIEWER" }))).toBe("CONFLICT");
    expect(await trpcCode(createCaller({ user: await createUser({ email: "op@example.com", role: "OPERATOR", password: "op-password-1" }) }).users.invite({ email: "x@example.com", role: "ADMIN" }))).toBe("FORBIDDEN");
  });
});

describe("the last active admin", () => {
  it("cannot be demoted or deactivated, not even by two admins demoting each other at the same moment", async () => {
    const soleAdmins = await db().user.findMany({ where: { role: "ADMIN", deactivatedAt: null } });
    expect(soleAdmins.map((one) => one.email)).toEqual(["admin@example.com"]);
    expect(await trpcCode(asAdmin.users.changeRole({ id: admin.id, role: "OPERATOR" }))).toBe("CONFLICT");
    const second = await createUser({ email: "admin2@example.com", role: "ADMIN", password: "admin2-password" });
    // Deactivating oneself is refused outright; another admin may.
    expect(await trpcCode(asAdmin.users.deactivate({ id: admin.id }))).toBe("CONFLICT");

    for (let round = 0; round < 3; round++) {
      const results = await Promise.allSettled([
        asAdmin.users.changeRole({ id: second.id, role: "VIEWER" }),
        createCaller({ user: second }).users.changeRole({ id: admin.id, role: "VIEWER" }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((result) => result.status === "rejected");
      expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("last active admin") });
      expect(await db().user.count({ where: { role: "ADMIN", deactivatedAt: null } })).toBe(1);
      // Make both admins again for the next round.
      await db().user.updateMany({ where: { id: { in: [admin.id, second.id] } }, data: { role: "ADMIN" } });
    }

    const both = await Promise.allSettled([
      createCaller({ user: second }).users.deactivate({ id: admin.id }),
      asAdmin.users.deactivate({ id: second.id }),
    ]);
    expect(both.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db().user.count({ where: { role: "ADMIN", deactivatedAt: null } })).toBe(1);
    await db().user.updateMany({ where: { id: { in: [admin.id, second.id] } }, data: { deactivatedAt: null, sessionsValidFrom: null } });
  });
});

describe("a temporary password", () => {
  it("must be changed at first sign-in: until then every procedure but the change refuses", async () => {
    const created = await asAdmin.users.create({ email: "temp@example.com", role: "OPERATOR" });
    expect(created.temporary_password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(created.user.must_change_password).toBe(true);
    const first = await signIn("temp@example.com", created.temporary_password!);
    const user = await sessionUserForToken(first.token!);
    expect(user).toMatchObject({ mustChangePassword: true });
    const asTemp = createCaller({ user });
    expect(await trpcCode(asTemp.notifications.list({}))).toBe("FORBIDDEN");
    expect(await trpcCode(asTemp.users.account())).toBe("FORBIDDEN");
    expect(await trpcCode(asTemp.users.changePassword({ current_password: "wrong-password", new_password: "chosen-password-1" }))).toBe("BAD_REQUEST");
    await asTemp.users.changePassword({ current_password: created.temporary_password!, new_password: "chosen-password-1" });
    // The old session ended with the change; a new sign-in is free to go anywhere.
    expect(await sessionUserForToken(first.token!)).toBeNull();
    expect(await signIn("temp@example.com", created.temporary_password!)).toMatchObject({ token: null });
    const fresh = await sessionUserForToken((await signIn("temp@example.com", "chosen-password-1")).token!);
    expect(fresh).toMatchObject({ mustChangePassword: false });
    await expect(createCaller({ user: fresh }).notifications.list({})).resolves.toMatchObject({ total: 0 });
    expect(await auditActions(created.user.id)).toEqual(["user.created", "user.password_changed"]);
  });
});

describe("password reset by email link", () => {
  it("works once, ends older sessions, and the public request never tells whether an address exists", async () => {
    const before = smtp.messages.length;
    const unknown = await requestPasswordReset({ email: "nobody@example.com" });
    await expect(unknown.delivery).resolves.toBeNull();
    await expect(anonymous.users.requestPasswordReset({ email: "nobody@example.com" })).resolves.toBeUndefined();

    const reader = await createUser({ email: "reader@example.com", role: "VIEWER", password: "reader-password" });
    const old = await signIn("reader@example.com", "reader-password");
    const known = await requestPasswordReset({ email: "Reader@example.com" });
    await expect(known.delivery).resolves.toMatchObject({ sent: true });
    expect(smtp.messages.length).toBe(before + 1);
    const { token, message } = await linkSentTo("reader@example.com", before + 1);
    expect(message.parsed.text).toContain("Someone (hopefully you) asked");

    await expect(anonymous.users.describePasswordReset({ token })).resolves.toMatchObject({ ok: true, email: "reader@example.com" });
    await expect(anonymous.users.resetPassword({ token, password: "new-reader-password" })).resolves.toEqual({ email: "reader@example.com" });
    expect(await trpcCode(anonymous.users.resetPassword({ token, password: "other-reader-password" }))).toBe("BAD_REQUEST");
    expect(await sessionUserForToken(old.token!)).toBeNull();
    expect((await signIn("reader@example.com", "new-reader-password")).error).toBeNull();

    // Sent by an admin: the email says who asked; a link past PASSWORD_RESET_TTL is refused.
    await expect(asAdmin.users.sendPasswordReset({ id: reader.id })).resolves.toMatchObject({ sent: true });
    const byAdmin = await linkSentTo("reader@example.com", before + 2);
    expect(byAdmin.message.parsed.text).toContain("admin@example.com asked");
    await issuePasswordReset({ user: reader, requestedBy: "self", now: new Date(Date.now() - 2 * 3600 * 1000) });
    const stale = await linkSentTo("reader@example.com", before + 3);
    expect(await trpcCode(anonymous.users.resetPassword({ token: stale.token, password: "stale-reader-password" }))).toBe("BAD_REQUEST");

    // Three requests an hour per address; the fourth answers the same and sends nothing.
    const quiet = await createUser({ email: "quiet@example.com", role: "VIEWER", password: "quiet-password" });
    for (let i = 0; i < 4; i++) await (await requestPasswordReset({ email: quiet.email })).delivery;
    expect(smtp.messages.filter((one) => one.envelope.to.includes("quiet@example.com"))).toHaveLength(3);
    expect(await auditActions(reader.id)).toEqual(["user.password_reset_sent", "user.password_changed", "user.password_reset_sent", "user.password_reset_sent"]);
  });
});
