import { describe, expect, it } from "vitest";
import { emptyWindowForm, validateWindowForm, windowFormFrom, windowInputFrom } from "./form-values";

const now = new Date("2026-12-01T09:30:45Z");

describe("maintenance window form values", () => {
  it("turns local times in the window's zone into instants with their offset", () => {
    const values = { ...emptyWindowForm(now, "Europe/Berlin"), name: "Deploy" };
    expect(values.startsAt).toBe("2026-12-01T10:30");
    expect(windowInputFrom(values)).toMatchObject({ starts_at: "2026-12-01T10:30:00+01:00", ends_at: "2026-12-01T11:30:00+01:00", weekdays: [], start_time: null });
    expect(validateWindowForm(values)).toEqual({});
  });

  it("clears the one-off fields of a recurring window and names what is missing", () => {
    const values = { ...emptyWindowForm(now, "UTC"), name: "Nightly", kind: "recurring" as const, startTime: "01:00" };
    expect(windowInputFrom(values)).toMatchObject({ starts_at: null, ends_at: null, start_time: "01:00", end_time: null });
    expect(validateWindowForm(values)).toEqual({ weekdays: "Needs at least one day (1 = Monday … 7 = Sunday) for a recurring window", end_time: "Is required for a recurring window" });
  });

  it("names the empty fields of the chosen kind rather than the schema's \"no schedule\"", () => {
    const values = { ...emptyWindowForm(now, "UTC"), name: "Nightly", kind: "recurring" as const };
    expect(validateWindowForm(values)).toEqual({ weekdays: "Choose at least one day", start_time: "Enter when it starts", end_time: "Enter when it ends" });
    expect(validateWindowForm({ ...values, kind: "one_off", startsAt: "", endsAt: "" })).toEqual({ starts_at: "Enter when it starts", ends_at: "Enter when it ends" });
  });

  it("round-trips a saved window, labels included, and drops empty label rows", () => {
    const view = {
      id: 1, name: "DB", description: null, kind: "one_off" as const, source: "executor", job_glob: "db-*", labels: { env: "prod" },
      starts_at: "2026-12-01T09:00:00.000Z", ends_at: "2026-12-01T10:00:00.000Z", weekdays: [], start_time: null, end_time: null, timezone: "America/New_York",
      critical: "hold" as const, ended_until: null, status: "upcoming" as const, active_now: false, current_occurrence: null, next_occurrence: null,
      created_by: "user:a@example.com", created_at: "", updated_at: "",
    };
    const values = windowFormFrom(view);
    expect(values.startsAt).toBe("2026-12-01T04:00");
    const input = windowInputFrom({ ...values, labels: [...values.labels, { key: "", value: "" }] });
    expect(input).toMatchObject({ labels: { env: "prod" }, critical: "hold", source: "executor" });
    expect(new Date(input.starts_at!).toISOString()).toBe(view.starts_at);
  });
});
