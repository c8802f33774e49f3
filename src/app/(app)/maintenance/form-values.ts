import { DateTime } from "luxon";
import { zodFieldErrors } from "@/server/errors/app-error";
import { ZMaintenanceWindowInput, type TMaintenanceCriticalPolicy, type TMaintenanceWindowInput, type TMaintenanceWindowView } from "@/server/maintenance/maintenance-window-schema";

/** What the form edits: local date-times in the window's own zone, labels as rows. */
export type TWindowFormValues = {
  name: string;
  description: string;
  kind: "one_off" | "recurring";
  /** `datetime-local` values ("2026-12-01T10:00") in `timezone`. */
  startsAt: string;
  endsAt: string;
  weekdays: number[];
  startTime: string;
  endTime: string;
  timezone: string;
  source: string;
  jobGlob: string;
  labels: { key: string; value: string }[];
  critical: TMaintenanceCriticalPolicy;
};

/** Messages by the schema's paths (`ends_at`, `labels.env`), one per path. */
export type TWindowFormErrors = Record<string, string>;

const LOCAL = "yyyy-MM-dd'T'HH:mm";

export function toLocalInput(instant: Date | string, zone: string): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  return DateTime.fromJSDate(date, { zone }).toFormat(LOCAL);
}

function fromLocalInput(local: string, zone: string): string | null {
  if (!local) return null;
  const parsed = DateTime.fromFormat(local, LOCAL, { zone });
  return parsed.isValid ? parsed.toISO({ suppressMilliseconds: true }) : null;
}

/** A new window: one hour from now, in the browser's zone. */
export function emptyWindowForm(now: Date, zone: string): TWindowFormValues {
  const start = DateTime.fromJSDate(now, { zone }).startOf("minute");
  return {
    name: "",
    description: "",
    kind: "one_off",
    startsAt: start.toFormat(LOCAL),
    endsAt: start.plus({ hours: 1 }).toFormat(LOCAL),
    weekdays: [],
    startTime: "",
    endTime: "",
    timezone: zone,
    source: "",
    jobGlob: "",
    labels: [],
    critical: "deliver",
  };
}

export function windowFormFrom(view: TMaintenanceWindowView): TWindowFormValues {
  return {
    name: view.name,
    description: view.description ?? "",
    kind: view.kind,
    startsAt: view.starts_at ? toLocalInput(view.starts_at, view.timezone) : "",
    endsAt: view.ends_at ? toLocalInput(view.ends_at, view.timezone) : "",
    weekdays: view.weekdays,
    startTime: view.start_time ?? "",
    endTime: view.end_time ?? "",
    timezone: view.timezone,
    source: view.source ?? "",
    jobGlob: view.job_glob ?? "",
    labels: Object.entries(view.labels).map(([key, value]) => ({ key, value })),
    critical: view.critical,
  };
}

/** The whole window, the other kind's fields cleared (null), so the same body creates or replaces it. */
export function windowInputFrom(values: TWindowFormValues): TMaintenanceWindowInput {
  const oneOff = values.kind === "one_off";
  const labels = values.labels.filter((label) => label.key.trim() !== "" || label.value !== "");
  return {
    name: values.name,
    description: values.description,
    source: values.source,
    job_glob: values.jobGlob,
    labels: Object.fromEntries(labels.map((label) => [label.key.trim(), label.value])),
    starts_at: oneOff ? fromLocalInput(values.startsAt, values.timezone) : null,
    ends_at: oneOff ? fromLocalInput(values.endsAt, values.timezone) : null,
    weekdays: oneOff ? [] : values.weekdays,
    start_time: oneOff ? null : values.startTime || null,
    end_time: oneOff ? null : values.endTime || null,
    timezone: values.timezone.trim(),
    critical: values.critical,
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Server or schema field errors as one message per path; a weekday's own problem shows on the day list. */
export function formErrorsFrom(fieldErrors: Record<string, string[]> | null | undefined): TWindowFormErrors {
  const errors: TWindowFormErrors = {};
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const key = path.startsWith("weekdays.") ? "weekdays" : path;
    errors[key] ??= capitalise(messages.join(", "));
  }
  return errors;
}

/**
 * Everything wrong with the form, checked with the server's own schema. With
 * none of the chosen kind's fields filled in, the schema can only say "no
 * schedule" (at starts_at); the form names the empty fields of that kind instead.
 */
export function validateWindowForm(values: TWindowFormValues): TWindowFormErrors {
  const parsed = ZMaintenanceWindowInput.safeParse(windowInputFrom(values));
  const errors = parsed.success ? {} : formErrorsFrom(zodFieldErrors(parsed.error));
  const empty = values.kind === "one_off" ? !values.startsAt && !values.endsAt : values.weekdays.length === 0 && !values.startTime && !values.endTime;
  if (!empty) return errors;
  delete errors.starts_at;
  const required: TWindowFormErrors = values.kind === "one_off" ? { starts_at: "Enter when it starts", ends_at: "Enter when it ends" } : { weekdays: "Choose at least one day", start_time: "Enter when it starts", end_time: "Enter when it ends" };
  return { ...errors, ...required };
}
