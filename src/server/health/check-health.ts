import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/server/db/client";
import { SMTP_SOURCES } from "@/server/smtp/build-smtp-config";
import { findSmtpConfig, NO_SMTP_SERVER_MESSAGE } from "@/server/smtp/resolve-smtp-config";
import { liveWorkers } from "./worker-heartbeat";

export const ZHealthReport = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.object({ ok: z.boolean(), error: z.string().optional(), latency_ms: z.number().optional() }),
  worker: z.object({ ok: z.boolean(), live_workers: z.number().int(), last_heartbeat: z.string().nullable() }),
  smtp: z
    .object({ configured: z.boolean(), source: z.enum(SMTP_SOURCES).nullable(), message: z.string().optional() })
    .meta({ description: "Whether email has a server to go to. Not part of `status`: without one the app still serves (and is where an admin sets one up) and email waits." }),
  checked_at: z.string(),
});
export type THealthReport = z.output<typeof ZHealthReport>;

/** Database reachability, worker liveness (from worker heartbeats) and whether an SMTP server is configured. */
export async function checkHealth(): Promise<THealthReport> {
  const started = performance.now();
  let database: THealthReport["database"];
  let worker: THealthReport["worker"] = { ok: false, live_workers: 0, last_heartbeat: null };
  let smtp: THealthReport["smtp"] = { configured: false, source: null };
  try {
    await db().$queryRaw`select 1`;
    database = { ok: true, latency_ms: Math.round(performance.now() - started) };
    const [workers, smtpStatus] = await Promise.all([liveWorkers(), checkSmtp()]);
    worker = { ok: workers.length > 0, live_workers: workers.length, last_heartbeat: workers[0]?.lastSeenAt.toISOString() ?? null };
    smtp = smtpStatus;
  } catch (error) {
    // Anyone may ask for health: the driver's message (host names, users) stays in the server's log.
    const reference = randomUUID();
    console.error(`[health] database check failed (request ${reference}):`, error);
    database = { ok: false, error: `The database did not answer; it was logged as request ${reference}` };
  }
  return { status: database.ok && worker.ok ? "ok" : "degraded", database, worker, smtp, checked_at: new Date().toISOString() };
}

async function checkSmtp(): Promise<THealthReport["smtp"]> {
  try {
    const config = await findSmtpConfig();
    return config ? { configured: true, source: config.source } : { configured: false, source: null, message: NO_SMTP_SERVER_MESSAGE };
  } catch (error) {
    // Saved settings that cannot be read (e.g. sealed with another key) say nothing about the database.
    console.error("[health] could not read the SMTP settings:", error);
    return { configured: false, source: null, message: "The saved SMTP settings could not be read; see the server log" };
  }
}
