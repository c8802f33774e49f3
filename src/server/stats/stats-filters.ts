import { Prisma, type Channel } from "@/server/db/client";
import type { TStatsQuery } from "./stats-query-schema";

/** The dashboard's channel and type filters as SQL conditions on one table's columns. */
export type TStatsFilters = { channel: Channel | null; type: string | null };

export function statsFilters(query: TStatsQuery): TStatsFilters {
  return { channel: query.channel ? (query.channel.toUpperCase() as Channel) : null, type: query.type ?? null };
}

/** `and <type column> = …` (or `like 'prefix%'` for `job.*`); nothing without a type filter. */
export function typeCondition(column: Prisma.Sql, type: string | null): Prisma.Sql {
  if (!type || type === "*") return Prisma.empty;
  if (!type.endsWith("*")) return Prisma.sql`and ${column} = ${type}`;
  const prefix = type.slice(0, -1).replace(/[\\%_]/g, (character) => `\\${character}`);
  return Prisma.sql`and ${column} like ${`${prefix}%`}`;
}

export function channelCondition(column: Prisma.Sql, channel: Channel | null): Prisma.Sql {
  return channel ? Prisma.sql`and ${column} = ${channel}::"Channel"` : Prisma.empty;
}

/** Both filters on a notifications alias (`n.` or none). */
export function notificationConditions(filters: TStatsFilters, alias = ""): Prisma.Sql {
  return Prisma.sql`${channelCondition(Prisma.raw(`${alias}channel`), filters.channel)} ${typeCondition(Prisma.raw(`${alias}notification_type`), filters.type)}`;
}
