import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createScratchDatabase } from "./support/database";

// The per-API-key limit on every REST route (issue 11, item 4), through the
// real route handlers: 429 with Retry-After and the limit named, a batch of
// events costing its size and refused whole, the count shared with another
// process through the database, and the hot path kept off it.
process.env.API_RATE_LIMIT_PER_MINUTE = "100";
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { closeRateLimitPool } = await import("@/server/rate-limits/rate-limit-pool");
const notificationsRoute = await import("@/app/api/v1/notifications/route");
const eventsRoute = await import("@/app/api/v1/events/route");

afterAll(async () => {
  await closeRateLimitPool();
  await disconnectDb();
  await scratch.drop();
});

type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: THandler, key: string, body?: unknown) {
  const response = await handler(
    new Request("http://test/api/v1/x", {
      method: body === undefined ? "GET" : "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
  return { status: response.status, retryAfter: response.headers.get("retry-after"), json: (await response.json()) as { error?: { code: string; message: string; limit?: string; retry_after_seconds?: number } } };
}

const event = (i: number) => ({ type: "job.completed", source: "rate-limit-test", job: { name: "bulk", run_id: `r-${i}` } });

describe("API rate limit", () => {
  it("answers 429 with Retry-After and the limit named once a key has made its requests for the minute", async () => {
    const { secret } = await createApiKey({ name: "reader", scopes: ["notifications:read"] });
    const { secret: other } = await createApiKey({ name: "other-reader", scopes: ["notifications:read"] });
    const statuses = await Promise.all(Array.from({ length: 100 }, () => call(notificationsRoute.GET, secret).then((response) => response.status)));
    expect(statuses.every((status) => status === 200)).toBe(true);

    const refused = await call(notificationsRoute.GET, secret);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.retryAfter);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.json.error).toEqual({
      code: "too_many_requests",
      limit: "api_key_requests",
      retry_after_seconds: retryAfter,
      message: expect.stringMatching(/^Rate limit exceeded: API key "reader" may make 100 requests per minute\. Retry in \d+ seconds?\.$/),
    });
    // Each key has its own allowance.
    expect((await call(notificationsRoute.GET, other)).status).toBe(200);
  });

  it("charges a batch of events its size and refuses a batch larger than what is left, storing none of it", async () => {
    const { secret } = await createApiKey({ name: "ingest", scopes: ["events:write"] });
    expect((await call(eventsRoute.POST, secret, { events: Array.from({ length: 60 }, (_, i) => event(i)) })).status).toBe(202);

    const refused = await call(eventsRoute.POST, secret, { events: Array.from({ length: 60 }, (_, i) => event(100 + i)) });
    expect(refused.status).toBe(429);
    expect(refused.json.error?.message).toContain("This request costs 60 (one per event) and 40 were left.");
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(await db().event.count({ where: { source: "rate-limit-test" } })).toBe(60);

    // The refused batch cost its one request, nothing more: 39 single events still fit.
    for (let i = 0; i < 39; i++) expect((await call(eventsRoute.POST, secret, event(200 + i))).status).toBe(202);
    expect((await call(eventsRoute.POST, secret, event(300))).status).toBe(429);
    expect(await db().event.count({ where: { source: "rate-limit-test" } })).toBe(99);
  });

  it("shares one allowance between processes through the database", async () => {
    const { id, secret } = await createApiKey({ name: "shared", scopes: ["notifications:read"] });
    // Another process spends 70 of the key's 100 requests.
    const script = `const { chargeApiKey } = await import("./src/server/rate-limits/api-key-rate-limit.ts");
      const { closeRateLimitPool } = await import("./src/server/rate-limits/rate-limit-pool.ts");
      for (let i = 0; i < 70; i++) await chargeApiKey({ id: ${id} });
      await closeRateLimitPool();`;
    await promisify(execFile)(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: process.cwd(), env: { ...process.env } });

    let allowed = 0;
    while (allowed < 100 && (await call(notificationsRoute.GET, secret)).status === 200) allowed++;
    // The other process may have ended holding up to two leased requests (2% of the limit) it never used.
    expect(allowed).toBeGreaterThanOrEqual(28);
    expect(allowed).toBeLessThanOrEqual(30);
  });

  it("spends leased requests in memory, so a burst costs few database round trips", async () => {
    vi.resetModules();
    process.env.API_RATE_LIMIT_PER_MINUTE = "1000000";
    const { chargeApiKey } = await import("@/server/rate-limits/api-key-rate-limit");
    const { rateLimitPool } = await import("@/server/rate-limits/rate-limit-pool");
    const query = vi.spyOn(rateLimitPool(), "query");
    await Promise.all(Array.from({ length: 2_000 }, () => chargeApiKey({ id: 999_001 })));
    // Leases of 100 (the cap): about 20 refills for 2,000 requests, one at a time per key.
    expect(query.mock.calls.length).toBeLessThanOrEqual(21);
    query.mockRestore();
  });
});
