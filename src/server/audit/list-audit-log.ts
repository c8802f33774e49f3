import { db, type AuditLogEntry, type Prisma } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { decodeAuditLogCursor, encodeAuditLogCursor } from "./audit-log-cursor";
import { AUDIT_ACTOR_TYPES, ZAuditLogQuery, type TAuditActorType, type TAuditLogEntry, type TAuditLogPage, type TAuditLogQuery, type TAuditLogQueryInput } from "./audit-log-schema";

/**
 * Newest first, a page at a time, over the (at desc, id desc) index. The
 * cursor is the last entry's (at, id) rather than an id alone: `at` is the
 * change's transaction time, so ids do not follow it when transactions
 * overlap, and (at, id) keeps pages free of duplicates and gaps.
 */
export async function listAuditLog(query: TAuditLogQueryInput | unknown): Promise<TAuditLogPage> {
  const parsed = parseInput(ZAuditLogQuery, query);
  const where = auditLogWhere(parsed);
  const rows = await db().auditLogEntry.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], take: parsed.limit + 1 });
  const page = rows.slice(0, parsed.limit);
  const last = page.at(-1);
  return { data: page.map(toAuditLogEntry), next_cursor: rows.length > parsed.limit && last ? encodeAuditLogCursor(last) : null };
}

function auditLogWhere({ actor, actor_label, action, target_type, target_id, from, to, cursor }: TAuditLogQuery): Prisma.AuditLogEntryWhereInput {
  const [actorType, actorId] = actor?.split(":") ?? [];
  const after = cursor ? decodeAuditLogCursor(cursor) : undefined;
  const prefix = action?.endsWith(".*") ? action.slice(0, -1) : action?.endsWith(".") ? action : undefined;
  return {
    AND: [
      { actorType, actorId: actorId ? Number(actorId) : undefined },
      actor_label ? { actorLabel: { contains: likeLiteral(actor_label), mode: "insensitive" } } : {},
      { action: prefix ? { startsWith: likeLiteral(prefix) } : action },
      { targetType: target_type, targetId: target_id },
      { at: from || to ? { gte: from ? new Date(from) : undefined, lt: to ? new Date(to) : undefined } : undefined },
      // `at <= cursor.at` bounds the index scan; the OR only settles ties at that instant.
      after ? { at: { lte: after.at }, OR: [{ at: { lt: after.at } }, { id: { lt: after.id } }] } : {},
    ],
  };
}

/** Prisma passes contains/startsWith to LIKE as they are: `_` and `%` must match themselves, not any character. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

export function toAuditLogEntry(row: AuditLogEntry): TAuditLogEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: { type: actorType(row.actorType), id: row.actorId, label: row.actorLabel },
    action: row.action,
    target: { type: row.targetType, id: row.targetId, label: row.targetLabel },
    diff: diffOf(row.diff),
    client_address: row.clientAddress,
  };
}

function actorType(value: string): TAuditActorType {
  return (AUDIT_ACTOR_TYPES as readonly string[]).includes(value) ? (value as TAuditActorType) : "service";
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** recordAudit writes {field: {from?, to?}}; anything else in the column is shown as nothing rather than guessed at. */
function diffOf(value: Prisma.JsonValue): TAuditLogEntry["diff"] {
  if (!isObject(value)) return {};
  const diff: TAuditLogEntry["diff"] = {};
  for (const [field, change] of Object.entries(value)) {
    if (!isObject(change)) continue;
    diff[field] = { ...("from" in change ? { from: change.from } : {}), ...("to" in change ? { to: change.to } : {}) };
  }
  return diff;
}
