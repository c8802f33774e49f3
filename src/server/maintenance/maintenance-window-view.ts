import type { MaintenanceWindow, MaintenanceWindowChange } from "@/server/db/client";
import { activeOccurrence, nextOccurrence, type TOccurrence } from "./maintenance-schedule";
import { windowFieldsOf } from "./maintenance-window-data";
import type { TMaintenanceWindowDetail, TMaintenanceWindowView } from "./maintenance-window-schema";

const occurrenceView = (occurrence: TOccurrence | null) => occurrence && { starts_at: occurrence.start.toISOString(), ends_at: occurrence.end.toISOString() };

/** A stored window as REST, tRPC and the page see it, with where it stands at `now`. */
export function toMaintenanceWindowView(window: MaintenanceWindow, now = new Date()): TMaintenanceWindowView {
  const current = activeOccurrence(window, now);
  const next = nextOccurrence(window, now);
  return {
    id: window.id,
    ...windowFieldsOf(window),
    kind: window.startsAt && window.endsAt ? "one_off" : "recurring",
    ended_until: window.endedUntil?.toISOString() ?? null,
    status: current ? "active" : next ? "upcoming" : "past",
    active_now: current !== null,
    current_occurrence: occurrenceView(current),
    next_occurrence: occurrenceView(next),
    created_by: window.createdBy,
    created_at: window.createdAt.toISOString(),
    updated_at: window.updatedAt.toISOString(),
  };
}

export function toMaintenanceWindowDetail(window: MaintenanceWindow & { changes: MaintenanceWindowChange[] }, now = new Date()): TMaintenanceWindowDetail {
  return {
    ...toMaintenanceWindowView(window, now),
    changes: window.changes.map((change) => ({
      id: change.id,
      at: change.at.toISOString(),
      actor: change.actor,
      action: change.action as TMaintenanceWindowDetail["changes"][number]["action"],
      detail: change.detail,
    })),
  };
}
