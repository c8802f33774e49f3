import { describe, expect, it, vi } from "vitest";
import { checkHealth } from "./check-health";

// tests/support/setup-env.ts points DATABASE_URL at a port where nothing listens.
describe("checkHealth without a database", () => {
  it("reports the database down without handing the driver's message (hosts, users) to anonymous callers", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const report = await checkHealth();
    expect(report).toMatchObject({ status: "degraded", database: { ok: false, error: expect.stringMatching(/^The database did not answer; it was logged as request [0-9a-f-]{36}$/) } });
    expect(JSON.stringify(report)).not.toMatch(/127\.0\.0\.1|unset|ECONNREFUSED/);
    log.mockRestore();
  }, 30_000);
});
