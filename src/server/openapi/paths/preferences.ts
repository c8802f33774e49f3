import { z } from "zod";
import { ZPreferencesInput, ZPreferencesUserRef } from "@/server/preferences/preferences-schema";
import { ZPreferencesView, type TPreferencesView } from "@/server/preferences/preferences-view";
import { ZSavePreferencesResult, type TSavePreferencesResult } from "@/server/preferences/save-preferences";
import type { TApiRoute } from "../api-route";
import { describes } from "../describes";
import { EXAMPLE_TIME } from "../examples";

const tag = "Preferences";
const ZUserParams = z.object({ user_id: ZPreferencesUserRef.meta({ description: "The user's id or email" }) });

const view = {
  user: { id: 3, email: "oncall@example.com", name: "Ada Oncall" },
  email_enabled: true,
  slack_enabled: true,
  teams_enabled: false,
  webhook_enabled: false,
  sms_enabled: true,
  slack_webhook_url: "https://hooks.slack.com/services/T000…",
  slack_webhook_url_set: true,
  teams_webhook_url: null,
  teams_webhook_url_set: false,
  custom_webhook_url: null,
  custom_webhook_url_set: false,
  sms_number: "+1415•••0123",
  sms_number_set: true,
  quiet_hours_start: "22:00",
  quiet_hours_end: "07:00",
  quiet_hours_days: [1, 2, 3, 4, 5, 6, 7],
  timezone: "Europe/Berlin",
  critical_bypasses_quiet_hours: true,
  dnd_until: null,
  subscriptions: [{ pattern: "job.*", min_severity: "warning", channels: ["email", "sms"] }],
  summary: "Job warnings and failures reach you by email and SMS; quiet 22:00–07:00 (Europe/Berlin) except critical ones.",
  updated_at: EXAMPLE_TIME,
};

export const preferenceRoutes: TApiRoute[] = [
  {
    method: "get",
    path: "/api/v1/notification/preferences/{user_id}",
    tag,
    summary: "Get a user's preferences",
    description: "Webhook URLs and the phone number are masked, with `*_set` flags.",
    access: { scopes: ["preferences:read", "preferences:write"] },
    params: { path: ZUserParams },
    response: { status: 200, description: "The preferences", body: { schema: describes<TPreferencesView>()(ZPreferencesView), example: view } },
    errors: [400, 404, 429],
  },
  {
    method: "post",
    path: "/api/v1/notification/preferences/{user_id}",
    tag,
    summary: "Save a user's preferences",
    description: "Saves what the body names; the rest stays. A blank or omitted secret keeps the saved one, null removes it.",
    access: { scopes: ["preferences:write"] },
    params: { path: ZUserParams },
    body: {
      schema: ZPreferencesInput,
      example: { slack_enabled: true, quiet_hours_start: "22:00", quiet_hours_end: "07:00", timezone: "Europe/Berlin", subscriptions: [{ pattern: "job.*", min_severity: "warning", channels: ["email", "sms"] }] },
    },
    response: { status: 200, description: "The saved preferences", body: { schema: describes<TSavePreferencesResult>()(ZSavePreferencesResult), example: view } },
    errors: [400, 404, 429],
  },
];
