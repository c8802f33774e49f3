import type pg from "pg";

export type TSqlStatement = { calls: number; totalMs: number; meanMs: number; rows: number; query: string };

/**
 * The statements PostgreSQL spent most time on during a phase, when the
 * server loads pg_stat_statements (shared_preload_libraries); null when it
 * does not (the embedded server does not), so the bench runs either way.
 */
export async function startSqlStats(pool: pg.Pool): Promise<{ stop: (top?: number) => Promise<TSqlStatement[] | null> }> {
  const available = await pool
    .query("create extension if not exists pg_stat_statements")
    .then(() => pool.query("select pg_stat_statements_reset()"))
    .then(() => true)
    .catch(() => false);
  return {
    stop: async (top = 5) => {
      if (!available) return null;
      const { rows } = await pool.query<{ calls: string; total_ms: number; mean_ms: number; rows: string; query: string }>(
        `select calls, total_exec_time as total_ms, mean_exec_time as mean_ms, rows, query
           from pg_stat_statements
          where dbid = (select oid from pg_database where datname = current_database())
          order by total_exec_time desc limit $1`,
        [top],
      );
      const round = (value: number) => Math.round(value * 100) / 100;
      return rows.map((row) => ({ calls: Number(row.calls), totalMs: round(row.total_ms), meanMs: round(row.mean_ms), rows: Number(row.rows), query: row.query.replace(/\s+/g, " ").slice(0, 400) }));
    },
  };
}
