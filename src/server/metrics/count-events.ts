import { db, EventSeverity } from "@/server/db/client";

export type TEventCount = { severity: string; received: number };

/** Events received by severity, every severity listed (zero included) so a rate over it exists from the first scrape. */
export async function countEvents(): Promise<TEventCount[]> {
  const rows = await db().$queryRaw<TEventCount[]>`
    select lower(severity::text) as severity, count(*)::float8 as received from events group by severity`;
  return Object.values(EventSeverity).map((severity) => {
    const name = severity.toLowerCase();
    return { severity: name, received: rows.find((row) => row.severity === name)?.received ?? 0 };
  });
}
