import type { MaintenanceCriticalPolicy, MaintenanceWindow } from "@/server/db/client";
import { scopeLabels } from "./maintenance-scope";
import { maintenanceWindowKind, type TMaintenanceWindowInput, type TMaintenanceWindowPatch, type TMaintenanceWindowValues } from "./maintenance-window-schema";

/** The columns a person sets; the rest (who, when, ended, deleted) the domain keeps. */
export type TWindowData = Pick<MaintenanceWindow, "name" | "description" | "source" | "jobGlob" | "startsAt" | "endsAt" | "weekdays" | "startTime" | "endTime" | "timezone" | "critical"> & {
  labels: Record<string, string>;
};

/** Parsed input to columns, with the defaults (UTC, deliver, no labels); a one-off keeps no recurring fields and the other way round. */
export function toWindowData(values: TMaintenanceWindowValues): TWindowData {
  const oneOff = maintenanceWindowKind(values) === "one_off";
  return {
    name: values.name,
    description: values.description ?? null,
    source: values.source ?? null,
    jobGlob: values.job_glob ?? null,
    labels: Object.fromEntries(Object.entries(values.labels ?? {}).sort(([a], [b]) => a.localeCompare(b))),
    startsAt: oneOff && values.starts_at ? new Date(values.starts_at) : null,
    endsAt: oneOff && values.ends_at ? new Date(values.ends_at) : null,
    weekdays: oneOff ? [] : [...(values.weekdays ?? [])].sort((a, b) => a - b),
    startTime: oneOff ? null : (values.start_time ?? null),
    endTime: oneOff ? null : (values.end_time ?? null),
    timezone: values.timezone ?? "UTC",
    critical: (values.critical ?? "deliver").toUpperCase() as MaintenanceCriticalPolicy,
  };
}

/** A saved window's columns as toWindowData makes them, to compare with a change. */
export function windowDataOf(window: MaintenanceWindow): TWindowData {
  const { name, description, source, jobGlob, startsAt, endsAt, weekdays, startTime, endTime, timezone, critical } = window;
  return { name, description, source, jobGlob, labels: scopeLabels(window.labels), startsAt, endsAt, weekdays, startTime, endTime, timezone, critical };
}

/** A saved window in the API's words: the input that would create it, and the heart of its view. */
export function windowFieldsOf(window: MaintenanceWindow) {
  return {
    name: window.name,
    description: window.description,
    source: window.source,
    job_glob: window.jobGlob,
    labels: scopeLabels(window.labels),
    starts_at: window.startsAt?.toISOString() ?? null,
    ends_at: window.endsAt?.toISOString() ?? null,
    weekdays: window.weekdays,
    start_time: window.startTime,
    end_time: window.endTime,
    timezone: window.timezone,
    critical: window.critical === "HOLD" ? ("hold" as const) : ("deliver" as const),
  } satisfies TMaintenanceWindowInput;
}

const ONE_OFF_KEYS = ["starts_at", "ends_at"] as const;
const RECURRING_KEYS = ["weekdays", "start_time", "end_time"] as const;

/**
 * The saved window with `patch` laid over it. A patch that gives only the other
 * kind's schedule fields switches the kind, so the saved ones are cleared
 * rather than reported as "both kinds".
 */
export function mergeWindowPatch(window: MaintenanceWindow, patch: TMaintenanceWindowPatch): TMaintenanceWindowInput {
  const merged: TMaintenanceWindowInput = { ...windowFieldsOf(window), ...patch };
  const touches = (keys: readonly string[]) => keys.some((key) => key in patch);
  if (touches(RECURRING_KEYS) && !touches(ONE_OFF_KEYS)) Object.assign(merged, { starts_at: null, ends_at: null });
  if (touches(ONE_OFF_KEYS) && !touches(RECURRING_KEYS)) Object.assign(merged, { weekdays: [], start_time: null, end_time: null });
  return merged;
}
