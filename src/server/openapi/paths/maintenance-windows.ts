import { z } from "zod";
import {
  ZListMaintenanceWindowsQuery,
  ZMaintenanceWindowDetail,
  ZMaintenanceWindowId,
  ZMaintenanceWindowInput,
  ZMaintenanceWindowPatch,
  ZMaintenanceWindowView,
} from "@/server/maintenance/maintenance-window-schema";
import type { TApiRoute } from "../api-route";
import { EXAMPLE_TIME } from "../examples";

const tag = "Maintenance windows";
const ZIdParams = z.object({ id: ZMaintenanceWindowId });
const read = { scopes: ["maintenance:read", "maintenance:write"] } as const;
const write = { scopes: ["maintenance:write"] } as const;

const input = { name: "Sunday patching", description: "OS updates on the db hosts", job_glob: "db-*", weekdays: [7], start_time: "01:00", end_time: "03:00", timezone: "Europe/Berlin", critical: "deliver" };
const view = {
  id: 3,
  name: "Sunday patching",
  description: "OS updates on the db hosts",
  kind: "recurring",
  source: null,
  job_glob: "db-*",
  labels: {},
  starts_at: null,
  ends_at: null,
  weekdays: [7],
  start_time: "01:00",
  end_time: "03:00",
  timezone: "Europe/Berlin",
  critical: "deliver",
  ended_until: null,
  status: "upcoming",
  active_now: false,
  current_occurrence: null,
  next_occurrence: { starts_at: "2026-12-06T00:00:00.000Z", ends_at: "2026-12-06T02:00:00.000Z" },
  created_by: "API key deploy",
  created_at: EXAMPLE_TIME,
  updated_at: EXAMPLE_TIME,
} as const;

export const maintenanceWindowRoutes: TApiRoute[] = [
  {
    method: "get",
    path: "/api/v1/maintenance-windows",
    tag,
    summary: "List maintenance windows",
    access: read,
    params: { query: ZListMaintenanceWindowsQuery },
    response: { status: 200, description: "The windows", body: { schema: z.object({ data: z.array(ZMaintenanceWindowView) }), example: { data: [view] } } },
    errors: [400, 429],
  },
  {
    method: "post",
    path: "/api/v1/maintenance-windows",
    tag,
    summary: "Create a maintenance window",
    description: "One-off (`starts_at`..`ends_at`) or recurring (`weekdays` + `start_time`..`end_time` in `timezone`). Matching notifications are held (folded) while it is active, critical ones too with `critical: hold`.",
    access: write,
    body: { schema: ZMaintenanceWindowInput, example: input },
    response: { status: 201, description: "The created window", body: { schema: ZMaintenanceWindowView, example: view } },
    errors: [400, 429],
  },
  {
    method: "get",
    path: "/api/v1/maintenance-windows/{id}",
    tag,
    summary: "Get a maintenance window",
    description: "With its change history.",
    access: read,
    params: { path: ZIdParams },
    response: {
      status: 200,
      description: "The window",
      body: { schema: ZMaintenanceWindowDetail, example: { ...view, changes: [{ id: 9, at: EXAMPLE_TIME, actor: "API key deploy", action: "created", detail: "Created Sunday patching" }] } },
    },
    errors: [400, 404, 429],
  },
  {
    method: "patch",
    path: "/api/v1/maintenance-windows/{id}",
    tag,
    summary: "Change a maintenance window",
    description: "Any fields; null clears one. The result must still be a valid window.",
    access: write,
    params: { path: ZIdParams },
    body: { schema: ZMaintenanceWindowPatch, example: { end_time: "04:00" } },
    response: { status: 200, description: "The changed window", body: { schema: ZMaintenanceWindowView, example: { ...view, end_time: "04:00" } } },
    errors: [400, 404, 429],
  },
  {
    method: "delete",
    path: "/api/v1/maintenance-windows/{id}",
    tag,
    summary: "Delete a maintenance window",
    access: write,
    params: { path: ZIdParams },
    response: { status: 204, description: "Deleted" },
    errors: [400, 404, 429],
  },
  {
    method: "post",
    path: "/api/v1/maintenance-windows/{id}/end",
    tag,
    summary: "End a maintenance window now",
    description: "Ends the current occurrence early (a recurring window comes back at its next one); what it held is released. 409 when it is not active.",
    access: write,
    params: { path: ZIdParams },
    response: { status: 200, description: "The window", body: { schema: ZMaintenanceWindowView, example: { ...view, ended_until: "2026-12-06T02:00:00.000Z" } } },
    errors: [400, 404, 409, 429],
  },
];
