import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/server/auth/roles";
import { createScratchDatabase } from "./support/database";

// The route handler as Next.js calls it, with a signed-in admin: what a forged request could do.
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;
process.env.APP_URL = "http://127.0.0.1:3391";
const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock("@/server/auth/session-user", () => ({ getSessionUser: async () => session.user }));

const { POST, GET } = await import("@/app/api/trpc/[trpc]/route");
const { createUser } = await import("@/server/auth/users");
const { db, disconnectDb } = await import("@/server/db/client");

session.user = await createUser({ email: "admin@example.com", role: "ADMIN", password: "admin-password" });

afterAll(async () => {
  await disconnectDb();
  await scratch.drop();
});

beforeEach(async () => {
  await db().caughtEmail.deleteMany();
  await db().caughtEmail.create({ data: { mailFrom: "a@example.com", rcptTo: ["b@example.com"], subject: "keep me", headers: {}, raw: "raw" } });
});

const APP = "http://127.0.0.1:3391";
const clearUrl = `${APP}/api/trpc/mailCatcher.clear?batch=1`;
const caughtCount = () => db().caughtEmail.count();

describe("CSRF on tRPC mutations", () => {
  it("refuses a plain cross-site <form> post (multipart/form-data), which tRPC would run", async () => {
    const form = new FormData();
    form.append("anything", "1");
    const response = await POST(new Request(`${APP}/api/trpc/mailCatcher.clear`, { method: "POST", headers: { origin: "https://evil.example" }, body: form }));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden", message: expect.stringContaining("Cross-site request refused") } });
    expect(await caughtCount()).toBe(1);
  });

  it("refuses a form content type even from the app's own origin", async () => {
    for (const contentType of ["multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "text/plain"]) {
      const response = await POST(new Request(`${APP}/api/trpc/mailCatcher.clear`, { method: "POST", headers: { origin: APP, "content-type": contentType }, body: "--x--" }));
      expect(response.status, contentType).toBe(403);
      expect((await response.json()).error.message).toContain("application/json");
    }
    expect(await caughtCount()).toBe(1);
  });

  it("refuses JSON from a foreign origin", async () => {
    const response = await POST(new Request(clearUrl, { method: "POST", headers: { origin: "https://evil.example", "content-type": "application/json" }, body: "{}" }));
    expect(response.status).toBe(403);
    expect(await caughtCount()).toBe(1);
  });

  it("runs a same-origin JSON mutation, as the tRPC client sends it", async () => {
    const response = await POST(new Request(clearUrl, { method: "POST", headers: { origin: APP, "content-type": "application/json", "sec-fetch-site": "same-origin" }, body: "{}" }));
    expect(response.status).toBe(200);
    expect(await caughtCount()).toBe(0);
  });

  it("still answers queries over GET", async () => {
    const response = await GET(new Request(`${APP}/api/trpc/me?batch=1&input=${encodeURIComponent("{}")}`, { headers: { "sec-fetch-site": "same-origin" } }));
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).toContain("admin@example.com");
  });
});
