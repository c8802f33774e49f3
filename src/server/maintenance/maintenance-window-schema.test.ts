import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "@/server/errors/app-error";
import { maintenanceWindowKind, ZMaintenanceWindowInput, ZMaintenanceWindowPatch } from "./maintenance-window-schema";

const errorsOf = (input: unknown) => {
  const parsed = ZMaintenanceWindowInput.safeParse(input);
  return parsed.success ? {} : zodFieldErrors(parsed.error);
};

describe("ZMaintenanceWindowInput", () => {
  it("reports a field's own problem and the schedule's together", () => {
    expect(errorsOf({ starts_at: "2026-12-01T10:00:00Z" })).toEqual({ name: ["is required"], ends_at: ["is required for a one-off window"] });
  });

  it("checks the schedule as a whole only once its fields parsed", () => {
    expect(errorsOf({ name: "x", weekdays: "mon", start_time: "01:00" })).toEqual({ weekdays: ["must be a list of ISO weekdays (1 = Monday … 7 = Sunday)"] });
  });

  it("reads blank text as none, and an empty weekday list as no recurring schedule", () => {
    const parsed = ZMaintenanceWindowInput.parse({ name: " Deploy ", description: " ", source: "", job_glob: "", starts_at: "2026-12-01T10:00:00+01:00", ends_at: "2026-12-01T11:00:00+01:00", weekdays: [], start_time: null });
    expect(parsed).toMatchObject({ name: "Deploy", description: null, source: null, job_glob: null });
    expect(maintenanceWindowKind(parsed)).toBe("one_off");
  });
});

describe("ZMaintenanceWindowPatch", () => {
  it("leaves omitted fields out (no defaults), and keeps null to clear one", () => {
    expect(ZMaintenanceWindowPatch.parse({})).toEqual({});
    expect(ZMaintenanceWindowPatch.parse({ source: null })).toEqual({ source: null });
    expect(ZMaintenanceWindowPatch.safeParse({ colour: "red" }).success).toBe(false);
  });
});
