import stringify from "safe-stable-stringify";
import { db, type MaintenanceWindow, type Prisma } from "@/server/db/client";
import { recordAudit } from "@/server/audit/record-audit";
import { AppError, parseInput } from "@/server/errors/app-error";
import { rescheduleMaintenanceFolds } from "@/server/folds/reschedule-maintenance-folds";
import { forgetMaintenanceWindows } from "./active-maintenance-windows";
import { activeOccurrence } from "./maintenance-schedule";
import { describeChanges, describeCreated, describeDeleted, describeEnded } from "./maintenance-window-changes";
import { mergeWindowPatch, toWindowData, windowDataOf, windowFieldsOf, type TWindowData } from "./maintenance-window-data";
import {
  ZListMaintenanceWindowsQuery,
  ZMaintenanceWindowId,
  ZMaintenanceWindowInput,
  ZMaintenanceWindowPatch,
  type TMaintenanceWindowDetail,
  type TMaintenanceWindowView,
} from "./maintenance-window-schema";
import { toMaintenanceWindowDetail, toMaintenanceWindowView } from "./maintenance-window-view";

/** Who acts, as the change log records it: "user:ana@example.com" or "api_key:deploy-bot". */
export type TMaintenanceActor = string;

type TChangeAction = "created" | "changed" | "ended" | "deleted";

const STATUS_RANK = { active: 0, upcoming: 1, past: 2 } as const;

/** Active first (ending soonest), then upcoming (starting soonest), then past (latest first). */
function compareViews(a: TMaintenanceWindowView, b: TMaintenanceWindowView): number {
  const key = (view: TMaintenanceWindowView) => view.current_occurrence?.ends_at ?? view.next_occurrence?.starts_at ?? view.ends_at ?? "";
  return STATUS_RANK[a.status] - STATUS_RANK[b.status] || (a.status === "past" ? key(b).localeCompare(key(a)) : key(a).localeCompare(key(b))) || a.id - b.id;
}

export async function listMaintenanceWindows(query: unknown = {}): Promise<TMaintenanceWindowView[]> {
  const { status } = parseInput(ZListMaintenanceWindowsQuery, query ?? {});
  const now = new Date();
  const rows = await db().maintenanceWindow.findMany({ where: { deletedAt: null } });
  const views = rows.map((row) => toMaintenanceWindowView(row, now));
  return views.filter((view) => status === "all" || view.status === status).sort(compareViews);
}

export async function getMaintenanceWindow(id: unknown): Promise<TMaintenanceWindowDetail> {
  const windowId = parseInput(ZMaintenanceWindowId, id);
  const window = await db().maintenanceWindow.findFirst({
    where: { id: windowId, deletedAt: null },
    include: { changes: { orderBy: [{ at: "desc" }, { id: "desc" }] } },
  });
  if (!window) throw new AppError("NOT_FOUND", `Maintenance window ${windowId} not found`);
  return toMaintenanceWindowDetail(window);
}

const windowTarget = (window: MaintenanceWindow) => ({ type: "maintenance_window", id: window.id, label: window.name });

function recordChange(tx: Prisma.TransactionClient, windowId: number, actor: TMaintenanceActor, action: TChangeAction, detail: string) {
  return tx.maintenanceWindowChange.create({ data: { windowId, actor, action, detail } });
}

/** Locks the window's row for the rest of the transaction, so two changes or two "end now"s queue instead of both winning. */
async function lockWindow(tx: Prisma.TransactionClient, id: unknown): Promise<MaintenanceWindow> {
  const windowId = parseInput(ZMaintenanceWindowId, id);
  await tx.$queryRaw`select id from maintenance_windows where id = ${windowId} for update`;
  const window = await tx.maintenanceWindow.findFirst({ where: { id: windowId, deletedAt: null } });
  if (!window) throw new AppError("NOT_FOUND", `Maintenance window ${windowId} not found`);
  return window;
}

/** Runs `change` in a transaction and forgets the cached windows once it committed. */
async function changeWindows<T>(change: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  try {
    return await db().$transaction(change);
  } finally {
    forgetMaintenanceWindows();
  }
}

export async function createMaintenanceWindow(options: { input: unknown; actor: TMaintenanceActor }): Promise<TMaintenanceWindowView> {
  const data = toWindowData(parseInput(ZMaintenanceWindowInput, options.input));
  const window = await changeWindows(async (tx) => {
    const created = await tx.maintenanceWindow.create({ data: { ...data, createdBy: options.actor } });
    await recordChange(tx, created.id, options.actor, "created", describeCreated(data));
    await recordAudit(tx, { action: "maintenance_window.created", target: windowTarget(created), after: windowFieldsOf(created) });
    return created;
  });
  return toMaintenanceWindowView(window);
}

const SCHEDULE_COLUMNS = ["startsAt", "endsAt", "weekdays", "startTime", "endTime", "timezone"] as const;
const sameSchedule = (a: TWindowData, b: TWindowData) => SCHEDULE_COLUMNS.every((column) => stringify(a[column]) === stringify(b[column]));

/**
 * Lays `patch` over the saved window (PATCH semantics: omitted fields stay,
 * null clears). A new schedule is a new plan, so it also clears an early end.
 * What the window holds is released at the end of its occurrence in force
 * after the change, or now when the change leaves it inactive.
 */
export async function updateMaintenanceWindow(options: { id: unknown; patch: unknown; actor: TMaintenanceActor }): Promise<TMaintenanceWindowView> {
  const patch = parseInput(ZMaintenanceWindowPatch, options.patch ?? {});
  const window = await changeWindows(async (tx) => {
    const saved = await lockWindow(tx, options.id);
    const before = windowDataOf(saved);
    const after = toWindowData(parseInput(ZMaintenanceWindowInput, mergeWindowPatch(saved, patch)));
    if (stringify(before) === stringify(after)) return saved;
    const detail = describeChanges(before, after) ?? "Changed the schedule by less than a minute.";
    const rescheduled = !sameSchedule(before, after);
    const endedUntil = rescheduled ? null : saved.endedUntil;
    const updated = await tx.maintenanceWindow.update({ where: { id: saved.id }, data: { ...after, endedUntil } });
    await recordChange(tx, saved.id, options.actor, "changed", rescheduled && saved.endedUntil ? `${detail} The early end was cleared with the new schedule.` : detail);
    await recordAudit(tx, { action: "maintenance_window.updated", target: windowTarget(updated), before: windowFieldsOf(saved), after: windowFieldsOf(updated) });
    const now = new Date();
    await rescheduleMaintenanceFolds(tx, saved.id, activeOccurrence(updated, now)?.end ?? now);
    return updated;
  });
  return toMaintenanceWindowView(window);
}

/** Ends the occurrence in force now; a recurring window comes back at its next occurrence. 409 when it is not active. */
export async function endMaintenanceWindow(options: { id: unknown; actor: TMaintenanceActor }): Promise<TMaintenanceWindowView> {
  const window = await changeWindows(async (tx) => {
    const saved = await lockWindow(tx, options.id);
    const now = new Date();
    const occurrence = activeOccurrence(saved, now);
    if (!occurrence) throw new AppError("CONFLICT", `Maintenance window "${saved.name}" is not active, so there is nothing to end`);
    const updated = await tx.maintenanceWindow.update({ where: { id: saved.id }, data: { endedUntil: occurrence.end } });
    await recordChange(tx, saved.id, options.actor, "ended", describeEnded(occurrence.end, saved.timezone, now));
    await recordAudit(tx, { action: "maintenance_window.ended", target: windowTarget(saved), before: { ended_until: saved.endedUntil?.toISOString() ?? null }, after: { ended_until: occurrence.end.toISOString() } });
    await rescheduleMaintenanceFolds(tx, saved.id, now);
    return updated;
  });
  return toMaintenanceWindowView(window);
}

/** Soft delete: the row and its history stay; what it holds is released now. */
export async function deleteMaintenanceWindow(options: { id: unknown; actor: TMaintenanceActor }): Promise<void> {
  await changeWindows(async (tx) => {
    const saved = await lockWindow(tx, options.id);
    const now = new Date();
    await tx.maintenanceWindow.update({ where: { id: saved.id }, data: { deletedAt: now } });
    await recordChange(tx, saved.id, options.actor, "deleted", describeDeleted(windowDataOf(saved), activeOccurrence(saved, now) !== null));
    await recordAudit(tx, { action: "maintenance_window.deleted", target: windowTarget(saved), before: windowFieldsOf(saved) });
    await rescheduleMaintenanceFolds(tx, saved.id, now);
  });
}
