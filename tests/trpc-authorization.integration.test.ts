import { TRPCError } from "@trpc/server";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";

const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;
const { createCaller } = await import("@/server/api/root");
const { createUser } = await import("@/server/auth/users");
const { disconnectDb } = await import("@/server/db/client");

const viewer = await createUser({ email: "viewer@example.com", role: "VIEWER", password: "viewer-password" });
const admin = await createUser({ email: "admin@example.com", role: "ADMIN", password: "admin-password" });

afterAll(async () => {
  await disconnectDb();
  await scratch.drop();
});

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof TRPCError ? error.code : "NOT_A_TRPC_ERROR";
  }
}

describe("tRPC authorization", () => {
  it("refuses anonymous callers", async () => {
    const anonymous = createCaller({ user: null });
    expect(await codeOf(anonymous.notifications.list({}))).toBe("UNAUTHORIZED");
    expect(await codeOf(anonymous.me())).toBe("UNAUTHORIZED");
  });

  it("lets viewers read but not change anything", async () => {
    const caller = createCaller({ user: viewer });
    await expect(caller.notifications.list({})).resolves.toMatchObject({ items: [], total: 0 });
    expect(await codeOf(caller.apiKeys.create({ name: "x", scopes: ["admin"] }))).toBe("FORBIDDEN");
    expect(await codeOf(caller.mailCatcher.clear())).toBe("FORBIDDEN");
  });

  it("maps domain errors to tRPC codes with field errors", async () => {
    const caller = createCaller({ user: admin });
    expect(await codeOf(caller.notifications.byId({ id: 999999 }))).toBe("NOT_FOUND");
    await caller.apiKeys.create({ name: "dup", scopes: ["admin"] });
    expect(await codeOf(caller.apiKeys.create({ name: "dup", scopes: ["admin"] }))).toBe("CONFLICT");
  });
});

describe("passwords", () => {
  it("verifies the right password only", async () => {
    const { verifyCredentials } = await import("@/server/auth/users");
    await expect(verifyCredentials("VIEWER@example.com", "viewer-password")).resolves.toMatchObject({ id: viewer.id, role: "VIEWER" });
    await expect(verifyCredentials("viewer@example.com", "wrong-password")).resolves.toBeNull();
    await expect(verifyCredentials("nobody@example.com", "viewer-password")).resolves.toBeNull();
  });
});
