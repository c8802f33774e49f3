import fs from "node:fs";
import path from "node:path";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TApiKeyScope } from "@/server/auth/api-keys";
import type { TSessionUser } from "@/server/auth/roles";
import type { Role } from "@/server/db/client";
import type { TRestAccess, TRestRequest } from "./support/authorization-rest-rows";
import { createScratchDatabase } from "./support/database";

// Issue 11, item 14: every tRPC procedure and every REST route handler, called
// by every kind of caller, is let through or refused exactly as README "Who may
// do what" says. The procedures come from the router and the routes from the
// files under src/app, so a new one fails here until it has a row. Mismatches
// are collected and shown together. Sends go to loopback receivers; the abuse
// limits are raised so that hundreds of calls fit in one run.
const SERVICE_TOKEN = "authz-service-token-0123456789abcdef";
Object.assign(process.env, {
  NOTIFY_ALLOW_PRIVATE_DESTINATIONS: "true",
  NOTIFY_SERVICE_TOKEN: SERVICE_TOKEN,
  API_RATE_LIMIT_PER_MINUTE: "100000",
  TEST_SENDS_PER_CALLER: "1000",
  TEST_SENDS_PER_DESTINATION: "1000",
  TEST_SMS_PER_CALLER: "1000",
  SMTP_TESTS_PER_MINUTE: "1000",
  SMTP_TESTS_TOTAL_PER_MINUTE: "1000",
});
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;

const { appRouter, createCaller } = await import("@/server/api/root");
const { API_KEY_SCOPES } = await import("@/server/auth/api-keys");
const { hasRole } = await import("@/server/auth/roles");
const { disconnectDb } = await import("@/server/db/client");
const { closeRateLimitPool } = await import("@/server/rate-limits/rate-limit-pool");
const { seedAuthorizationWorld } = await import("./support/authorization-world");
const { trpcRows } = await import("./support/authorization-trpc-rows");
const { restRows } = await import("./support/authorization-rest-rows");

const world = await seedAuthorizationWorld();
const TRPC_ROWS = trpcRows(world);
const REST_ROWS = restRows(world);

type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const APP_DIR = path.resolve(import.meta.dirname, "../src/app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Every exported method of every route file under src/app/api/v1 and src/app/internal, as "METHOD /path/[param]". */
async function routeHandlers(importRoute = (file: string) => import(/* @vite-ignore */ file)): Promise<Map<string, THandler>> {
  const files = ["api/v1", "internal"].flatMap((dir) =>
    fs
      .readdirSync(path.join(APP_DIR, dir), { recursive: true, encoding: "utf8" })
      .filter((file) => /^route\.(ts|tsx|js)$/.test(path.basename(file)))
      .map((file) => path.join(dir, file)),
  );
  const handlers = new Map<string, THandler>();
  for (const file of files.sort()) {
    const exported = (await importRoute(path.join(APP_DIR, file))) as Record<string, unknown>;
    const pattern = `/${path.dirname(file).split(path.sep).join("/")}`;
    for (const method of METHODS) if (typeof exported[method] === "function") handlers.set(`${method} ${pattern}`, exported[method] as THandler);
  }
  return handlers;
}

const SESSION_CALLERS: [string, TSessionUser | null][] = [["anonymous", null], ...Object.entries(world.users)];

function expectedTrpc(least: Role | "anyone", user: TSessionUser | null): string {
  if (least === "anyone") return "allowed";
  if (!user) return "UNAUTHORIZED";
  return hasRole(user.role, least) ? "allowed" : "FORBIDDEN";
}

/** Validation and not-found answers come after authorization: the caller was let in. */
const TRPC_PAST_AUTHORIZATION = new Set(["BAD_REQUEST", "NOT_FOUND", "CONFLICT", "UNPROCESSABLE_CONTENT", "PAYLOAD_TOO_LARGE"]);

async function trpcOutcome(run: () => Promise<unknown>): Promise<{ outcome: string; refusal?: string }> {
  try {
    await run();
    return { outcome: "allowed" };
  } catch (error) {
    if (!(error instanceof TRPCError)) return { outcome: `error: ${String(error)}` };
    if (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN") return { outcome: error.code };
    if (TRPC_PAST_AUTHORIZATION.has(error.code)) return { outcome: "allowed", refusal: `${error.code}: ${error.message}` };
    return { outcome: `error ${error.code}: ${error.message}` };
  }
}

type TRestCaller = { name: string; authorization: string | null; kind: "none" | "unknown" | "revoked" | "service" | TApiKeyScope };
const REST_CALLERS: TRestCaller[] = [
  { name: "anonymous", authorization: null, kind: "none" },
  { name: "unknown key", authorization: "Bearer onk_madeUpMadeUpMadeUpMadeUpMadeUp", kind: "unknown" },
  ...API_KEY_SCOPES.map((scope): TRestCaller => ({ name: `key ${scope}`, authorization: `Bearer ${world.keys[scope]}`, kind: scope })),
  { name: "revoked admin key", authorization: `Bearer ${world.revokedKey}`, kind: "revoked" },
  { name: "service token", authorization: `Bearer ${SERVICE_TOKEN}`, kind: "service" },
];

function expectedRest(access: TRestAccess, caller: TRestCaller): string {
  if (access === "anyone") return "allowed";
  if (access === "service token") return caller.kind === "service" ? "allowed" : "401";
  if (caller.kind === "none" || caller.kind === "unknown" || caller.kind === "service") return "401";
  if (caller.kind === "revoked") return "403";
  return caller.kind === "admin" || access.scopes.includes(caller.kind) ? "allowed" : "403";
}

async function callRoute(handler: THandler, route: string, request: TRestRequest, authorization: string | null) {
  const [method, pattern = ""] = route.split(" ");
  const pathname = pattern.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(request.params?.[name] ?? "missing"));
  const headers = new Headers(authorization ? { authorization } : {});
  if (request.body !== undefined) headers.set("content-type", "application/json");
  const body = request.body === undefined ? undefined : JSON.stringify(request.body);
  const response = await handler(new Request(`http://localhost:3009${pathname}${request.search ?? ""}`, { method, headers, body }), { params: Promise.resolve(request.params ?? {}) });
  return { status: response.status, text: response.ok ? "" : await response.text() };
}

function restOutcome(status: number): string {
  if (status === 401 || status === 403) return String(status);
  return status < 300 || [400, 404, 409, 413, 422].includes(status) ? "allowed" : `error ${status}`;
}

const mismatches: string[] = [];
/** Calls let through that still did not do their job (400, 404, …): the matrix must exercise real calls. */
const unreal: string[] = [];
let handlers = new Map<string, THandler>();

async function runTrpcMatrix() {
  for (const row of TRPC_ROWS) {
    const what = row.case ? `${row.procedure} (${row.case})` : row.procedure;
    for (const [name, user] of SESSION_CALLERS) {
      const smsBefore = world.smsSent();
      const { outcome, refusal } = await trpcOutcome(() => row.call(createCaller({ user }), user));
      const expected = expectedTrpc(row.least, user);
      if (outcome !== expected) mismatches.push(`tRPC ${what} × ${name}: expected ${expected}, got ${outcome}`);
      if (outcome === "allowed" && refusal) unreal.push(`tRPC ${what} × ${name}: ${refusal}`);
      const sms = world.smsSent() - smsBefore;
      if (sms > 0 && user?.role === "VIEWER") mismatches.push(`tRPC ${what} × ${name}: expected no paid SMS, got ${sms} sent`);
    }
  }
}

async function runRestMatrix() {
  for (const row of REST_ROWS) {
    const handler = handlers.get(row.route);
    if (!handler) continue;
    for (const caller of REST_CALLERS) {
      const expected = expectedRest(row.access, caller);
      const { status, text } = await callRoute(handler, row.route, await row.request(), caller.authorization);
      const outcome = restOutcome(status);
      if (outcome !== expected) mismatches.push(`REST ${row.route} × ${caller.name}: expected ${expected}, got ${outcome} (${status} ${text.slice(0, 160)})`);
      else if (outcome === "allowed" && status >= 300) unreal.push(`REST ${row.route} × ${caller.name}: ${status} ${text.slice(0, 160)}`);
    }
  }
}

/** Without NOTIFY_SERVICE_TOKEN the internal route does not exist: 404 to everyone, the would-be token included. */
async function runInternalWithoutToken() {
  vi.resetModules();
  delete process.env.NOTIFY_SERVICE_TOKEN;
  try {
    const fresh = await routeHandlers((file) => import(/* @vite-ignore */ file));
    const route = "POST /internal/notifications";
    const handler = fresh.get(route);
    if (!handler) return void mismatches.push(`REST ${route}: no handler`);
    for (const caller of REST_CALLERS) {
      const { status } = await callRoute(handler, route, { body: { recipient_email: "ops@example.com", subject: "x", body: "y", notification_type: "report" } }, caller.authorization);
      if (status !== 404) mismatches.push(`REST ${route} without NOTIFY_SERVICE_TOKEN × ${caller.name}: expected 404, got ${status}`);
    }
  } finally {
    process.env.NOTIFY_SERVICE_TOKEN = SERVICE_TOKEN;
  }
}

beforeAll(async () => {
  handlers = await routeHandlers();
  await runTrpcMatrix();
  await runRestMatrix();
  await runInternalWithoutToken();
}, 300_000);

afterAll(async () => {
  await world.stop();
  await closeRateLimitPool();
  await disconnectDb();
  await scratch.drop();
});

describe("authorization matrix", () => {
  it("has a row for every tRPC procedure and every REST route handler", () => {
    const procedures = Object.keys(appRouter._def.procedures as Record<string, unknown>);
    const rowProcedures = new Set(TRPC_ROWS.map((row) => row.procedure));
    const routes = [...handlers.keys()];
    const rowRoutes = REST_ROWS.map((row) => row.route);
    expect({
      proceduresWithoutRow: procedures.filter((procedure) => !rowProcedures.has(procedure)),
      rowsWithoutProcedure: [...rowProcedures].filter((procedure) => !procedures.includes(procedure)),
      routesWithoutRow: routes.filter((route) => !rowRoutes.includes(route)),
      rowsWithoutRoute: rowRoutes.filter((route) => !handlers.has(route)),
      duplicateRouteRows: rowRoutes.filter((route, index) => rowRoutes.indexOf(route) !== index),
    }).toEqual({ proceduresWithoutRow: [], rowsWithoutProcedure: [], routesWithoutRow: [], rowsWithoutRoute: [], duplicateRouteRows: [] });
  });

  it("lets in and refuses every caller exactly as documented", () => {
    expect(mismatches).toEqual([]);
  });

  it("makes real calls: whoever is let in gets a successful answer, not a 400 or 404", () => {
    expect(unreal).toEqual([]);
  });
});
