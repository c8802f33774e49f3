import { Prisma } from "./client";

/**
 * Rows sent as one JSON parameter and read back as a table, for statements
 * over many items: `select * from` them, with `columns` as jsonb_to_recordset's
 * column list. The LIMIT tells the planner how few rows there are — it assumes
 * 100 from jsonb_to_recordset, and for 100 rows it joined them to
 * notifications and delivery_attempts by scanning the whole table, a cost that
 * grew with every notification ever sent.
 */
export function jsonRecordset(rows: object[], columns: string): Prisma.Sql {
  return Prisma.sql`select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(${Prisma.raw(columns)}) limit ${rows.length}`;
}
