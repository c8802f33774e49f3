import { db } from "@/server/db/client";

/** While a destination is down, one probe per interval; capped so recovery is noticed within seconds. */
const PROBE_BASE_MS = 2_000;
const PROBE_MAX_MS = 30_000;

export function circuitFlag(transportKey: string): string {
  return `transport:${transportKey}`;
}

/** Marks a job that waits only because the circuit is open, so closing it can run the job at once. */
export function circuitWaitFlag(transportKey: string): string {
  return `circuit-wait:${transportKey}`;
}

/** `lastError` says why a message that may not pass waits, e.g. "No SMTP server is configured…". */
export type TGate = { pass: true; probe: boolean } | { pass: false; retryAt: Date; lastError: string };

/**
 * Open circuits as last read, at most a second old. Nearly every send finds none,
 * so the gate answers from memory instead of asking the database on every send;
 * a circuit opened elsewhere within that second only lets a few extra sends try.
 */
const CACHE_MS = 1_000;
let openKeys: { at: number; keys: Promise<Set<string>> } | undefined;

function cachedOpenKeys(): Promise<Set<string>> {
  if (!openKeys || Date.now() - openKeys.at > CACHE_MS) {
    const keys = db()
      .transportCircuit.findMany({ select: { transportKey: true } })
      .then((rows) => new Set(rows.map((row) => row.transportKey)));
    openKeys = { at: Date.now(), keys };
  }
  return openKeys.keys;
}

/** Whether this process believes any circuit is open (it may be up to a second behind). */
export async function anyCircuitMayBeOpen(): Promise<boolean> {
  return (await cachedOpenKeys()).size > 0;
}

/** Whether this process believes the circuit is open (it may be up to a second behind). */
export async function mayBeOpen(transportKey: string): Promise<boolean> {
  return (await cachedOpenKeys()).has(transportKey);
}

/**
 * Whether a delivery to `transportKey` may go ahead now. With no open circuit it
 * may. With an open one only a single caller cluster-wide wins each probe slot
 * (moving the next probe forward in the same statement); everyone else waits.
 */
export async function passTransportGate(transportKey: string): Promise<TGate> {
  if (!(await mayBeOpen(transportKey))) return { pass: true, probe: false };
  const circuit = await db().transportCircuit.findUnique({ where: { transportKey } });
  if (!circuit) return { pass: true, probe: false };
  const next = new Date(Date.now() + probeInterval(circuit.failures));
  const claimed = await db().transportCircuit.updateMany({ where: { transportKey, nextProbeAt: { lte: new Date() } }, data: { nextProbeAt: next } });
  if (claimed.count === 1) return { pass: true, probe: true };
  const current = await db().transportCircuit.findUnique({ where: { transportKey } });
  return current ? { pass: false, retryAt: current.nextProbeAt, lastError: current.lastError } : { pass: true, probe: false };
}

/**
 * Records a destination-wide failure; returns when the next probe may run.
 * Only a failed probe (or the first failure) lengthens the interval: sends
 * that were already in flight when the destination went down add nothing.
 */
export async function openCircuit(transportKey: string, error: string, options: { probe: boolean; retryAfterMs?: number }): Promise<Date> {
  const { probe, retryAfterMs } = options;
  const existing = await db().transportCircuit.findUnique({ where: { transportKey } });
  if (existing && !probe && !retryAfterMs) return existing.nextProbeAt;
  const failures = (existing?.failures ?? 0) + (existing && !probe ? 0 : 1);
  const nextProbeAt = new Date(Date.now() + Math.max(probeInterval(failures), retryAfterMs ?? 0));
  await db().transportCircuit.upsert({
    where: { transportKey },
    create: { transportKey, nextProbeAt, lastError: error },
    update: { nextProbeAt, failures, lastError: error },
  });
  (await cachedOpenKeys()).add(transportKey);
  return nextProbeAt;
}

/** The destination answered again: everything that waited for it runs now, not at its next probe slot. */
export async function closeCircuit(transportKey: string): Promise<void> {
  if (!(await mayBeOpen(transportKey))) return;
  const { count } = await db().transportCircuit.deleteMany({ where: { transportKey } });
  (await cachedOpenKeys()).delete(transportKey);
  if (count === 0) return;
  await db().$executeRaw`
    select graphile_worker.reschedule_jobs(
      array(select id from graphile_worker._private_jobs where flags ? ${circuitWaitFlag(transportKey)} and locked_at is null and run_at > now()),
      run_at => now())`;
}

/**
 * Removes circuits that nothing will ever probe again: the probe slot has
 * passed and no job for that transport is left (they were delivered elsewhere,
 * dead-lettered, or their channel was deleted). Left alone such a circuit
 * would show as open forever and keep every worker off its email fast path.
 * Dropping one is harmless if a job for it turns up later: that send simply
 * tries, and opens the circuit again if the destination is still down.
 */
export async function dropAbandonedCircuits(): Promise<string[]> {
  const due = await db().transportCircuit.findMany({ where: { nextProbeAt: { lt: new Date() } }, select: { transportKey: true } });
  const dropped: string[] = [];
  for (const { transportKey } of due) {
    const count = await db().$executeRaw`
      delete from transport_circuits
      where transport_key = ${transportKey} and next_probe_at < now()
        and not exists (select 1 from graphile_worker._private_jobs where flags ? ${circuitFlag(transportKey)})`;
    if (count > 0) {
      dropped.push(transportKey);
      (await cachedOpenKeys()).delete(transportKey);
    }
  }
  return dropped;
}

/** Circuits whose next probe is still in the future: their jobs must not be fetched. */
export async function waitingCircuitKeys(): Promise<string[]> {
  const rows = await db().transportCircuit.findMany({ where: { nextProbeAt: { gt: new Date() } }, select: { transportKey: true } });
  return rows.map((row) => row.transportKey);
}

export function listOpenCircuits() {
  return db().transportCircuit.findMany({ orderBy: { openedAt: "asc" } });
}

function probeInterval(failures: number): number {
  return Math.min(PROBE_BASE_MS * 2 ** Math.max(0, failures - 1), PROBE_MAX_MS);
}
