import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// Hardening (issue 11, item 6): liveness is judged by the database's clock. A
// worker whose host clock is a minute behind and whose process is frozen for
// 20 s is not declared dead (its in-flight jobs would be sent twice); one
// that is killed is, once its heartbeat is older than the limit.
const scratch = await createScratchDatabase();
const smtp = await startCaptureSmtp();
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = smtp.url;

const { db, disconnectDb } = await import("@/server/db/client");
const { startWorker } = await import("../worker/start-worker");

afterAll(async () => {
  await disconnectDb();
  await smtp.stop();
  await scratch.drop();
});

const STALE_AFTER_MS = 25_000;

function spawnSkewedWorker(): ChildProcess {
  return spawn(process.execPath, ["--import", "./tests/support/skewed-clock.mjs", "--import", "tsx", "worker/index.ts"], {
    env: { ...process.env, CLOCK_SKEW_MS: String(-60_000), WORKER_CONCURRENCY: "2" },
    stdio: "ignore",
  });
}

const heartbeatOf = async (pid: number) => db().workerHeartbeat.findFirst({ where: { pid } });

describe("worker liveness", () => {
  it("keeps a frozen worker with a skewed clock alive for 20 s, and declares it dead once killed", async () => {
    const child = spawnSkewedWorker();
    const survivor = await startWorker({ concurrency: 2, pollInterval: 200, heartbeatIntervalMs: 500, staleAfterMs: STALE_AFTER_MS });
    try {
      const pid = child.pid!;
      const first = await waitFor(() => heartbeatOf(pid), 30_000, "the child's first heartbeat");
      // Its row is stamped with the database's clock, not its own minute-behind one.
      expect(Math.abs(first.lastSeenAt.getTime() - Date.now())).toBeLessThan(10_000);

      child.kill("SIGSTOP");
      const frozenAt = Date.now();
      while (Date.now() - frozenAt < 20_000) {
        expect(await heartbeatOf(pid)).not.toBeNull();
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
      child.kill("SIGCONT");
      await waitFor(async () => ((await heartbeatOf(pid))?.lastSeenAt.getTime() ?? 0) > frozenAt + 20_000, 15_000, "a heartbeat after thawing");

      child.kill("SIGKILL");
      const killedAt = Date.now();
      await waitFor(async () => (await heartbeatOf(pid)) === null, STALE_AFTER_MS + 15_000, "the killed worker declared dead");
      expect(Date.now() - killedAt).toBeGreaterThan(STALE_AFTER_MS - 6_000);
    } finally {
      child.kill("SIGKILL");
      await survivor.stop();
    }
  }, 90_000);
});
