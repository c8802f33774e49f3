import type { Prisma } from "@/server/db/client";
import { jsonRecordset } from "@/server/db/json-recordset";

export type TDecisionRow = { event_id: string; user_id: number | null; recipient: string; channel: string | null; outcome: string; reason: string; rule_id: number | null };

/** The decisions that made no notification, in one statement (Prisma's createMany cost more than the insert). */
export async function insertDecisions(tx: Prisma.TransactionClient, rows: TDecisionRow[], now: Date): Promise<void> {
  await tx.$executeRaw`
    insert into routing_decisions (event_id, user_id, recipient, channel, outcome, reason, rule_id, created_at)
    select event_id, user_id, recipient, channel::"Channel", outcome::"DecisionOutcome", reason, rule_id, ${now}::timestamp
      from (${jsonRecordset(rows, "event_id uuid, user_id int, recipient text, channel text, outcome text, reason text, rule_id int")}) d`;
}

