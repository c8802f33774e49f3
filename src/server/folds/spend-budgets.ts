import { Prisma } from "@/server/db/client";
import { jsonRecordset } from "@/server/db/json-recordset";
import type { TNewNotification } from "@/server/notifications/insert-notification";
import { destinationBudget, type TDeliveryBudget } from "./destination-budget";
import type { TFoldRequest } from "./open-folds";
import { pastLimit } from "./past-limit";

type TSpend = { index: number; notification: TNewNotification; exempt: boolean };

/**
 * Spends the destinations' budgets (a fixed window per destination, counted
 * in PostgreSQL so it holds across workers) and answers the notifications
 * past their limit, by index, with the fold of the window they wait for.
 * Exempt ones (incident pages, critical events, already folded) spend
 * without ever being folded. Budget rows are taken in key order.
 */
export async function spendBudgets(tx: Prisma.TransactionClient, spending: TSpend[], now: Date): Promise<Map<number, TFoldRequest>> {
  const byBudget = new Map<string, { budget: TDeliveryBudget; items: TSpend[] }>();
  for (const item of spending) {
    const budget = destinationBudget(item.notification);
    if (!budget) continue;
    const entry = byBudget.get(budget.key) ?? { budget, items: [] };
    entry.items.push(item);
    byBudget.set(budget.key, entry);
  }
  const folded = new Map<number, TFoldRequest>();
  if (byBudget.size === 0) return folded;
  const rows = [...byBudget.values()]
    .map(({ budget, items }) => ({ budget_key: budget.key, window_ms: budget.windowMs, n: items.length }))
    .sort((a, b) => (a.budget_key < b.budget_key ? -1 : a.budget_key > b.budget_key ? 1 : 0));
  // A window is over once it has lasted its length: the first spend after that starts the next one.
  const windowOver = Prisma.sql`b.window_started_at + (select window_ms from input where input.budget_key = b.budget_key) * interval '1 millisecond' <= ${now}::timestamp`;
  const spent = await tx.$queryRaw<{ budget_key: string; window_started_at: Date; used: number }[]>`
    with input as (${jsonRecordset(rows, "budget_key text, window_ms int, n int")})
    insert into delivery_budgets as b (budget_key, window_started_at, used)
    select budget_key, ${now}::timestamp, n from input order by budget_key
    on conflict (budget_key) do update set
      window_started_at = case when ${windowOver} then excluded.window_started_at else b.window_started_at end,
      used = case when ${windowOver} then excluded.used else b.used + excluded.used end
    returning budget_key, window_started_at, used`;
  for (const { budget_key, window_started_at, used } of spent) {
    const entry = byBudget.get(budget_key);
    if (!entry) continue;
    const { budget, items } = entry;
    for (const item of pastLimit(items, used, budget.limit)) {
      const releaseAt = new Date(window_started_at.getTime() + budget.windowMs);
      folded.set(item.index, { foldKey: `rate_limit:${budget.key}:${window_started_at.toISOString()}`, kind: "RATE_LIMIT", label: `rate limit (${budget.label})`, releaseAt, maintenanceWindowId: null, destination: item.notification });
    }
  }
  return folded;
}
