import { db } from "@/server/db/client";
import type { TAuditFilterOptions } from "./audit-log-schema";

const MAX_OPTIONS = 500;

/**
 * The distinct actions and target types present, for the page's filter
 * selects. A loose index scan (one index probe per distinct value, over the
 * (action, at) and (target_type, target_id, at) indexes) rather than
 * SELECT DISTINCT, which would read every entry of a long log.
 */
export async function listAuditFilterOptions(): Promise<TAuditFilterOptions> {
  const [actions, targetTypes] = await Promise.all([
    db().$queryRaw<{ value: string }[]>`
      with recursive found(value) as (
        (select action from audit_log order by action limit 1)
        union all
        select (select action from audit_log where action > found.value order by action limit 1) from found where found.value is not null
      )
      select value from found where value is not null limit ${MAX_OPTIONS}`,
    db().$queryRaw<{ value: string }[]>`
      with recursive found(value) as (
        (select target_type from audit_log order by target_type limit 1)
        union all
        select (select target_type from audit_log where target_type > found.value order by target_type limit 1) from found where found.value is not null
      )
      select value from found where value is not null limit ${MAX_OPTIONS}`,
  ]);
  return { actions: actions.map((row) => row.value), target_types: targetTypes.map((row) => row.value) };
}
