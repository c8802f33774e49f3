import { ZSmtpSettingsView } from "@/server/smtp/get-smtp-settings";
import { ZSmtpDiagnosis } from "@/server/smtp/run-smtp-check";
import { PASSWORD_MASK, ZSmtpSettingsInput, ZSmtpTestRequest } from "@/server/smtp/smtp-settings-schema";
import type { TApiRoute } from "../api-route";
import { EXAMPLE_TIME } from "../examples";

const tag = "SMTP";
const admin = { scopes: ["admin"] } as const;

const settings = { smtp_server: "smtp.example.com", smtp_port: 587, username: "notify@example.com", password: "app-password", use_tls: true, from_email: "notify@example.com", from_name: "OpsConductor Notify" };
const view = {
  source: "database",
  source_description: "smtp.example.com:587 (STARTTLS) as notify@example.com, saved under Settings",
  source_from: "OpsConductor Notify <notify@example.com>",
  configured: true,
  smtp_server: "smtp.example.com",
  smtp_port: 587,
  username: "notify@example.com",
  password: PASSWORD_MASK,
  password_set: true,
  use_tls: true,
  use_ssl: false,
  allow_self_signed: false,
  from_email: "notify@example.com",
  from_name: "OpsConductor Notify",
  reply_to: null,
  is_active: true,
  updated_at: EXAMPLE_TIME,
} as const;

export const smtpRoutes: TApiRoute[] = [
  {
    method: "get",
    path: "/api/v1/notification/smtp/settings",
    tag,
    summary: "Get the SMTP settings",
    description: "The saved settings (password masked) and which source email goes through right now: environment, saved settings or the mail catcher.",
    access: admin,
    response: { status: 200, description: "The settings", body: { schema: ZSmtpSettingsView, example: view } },
    errors: [429],
  },
  {
    method: "post",
    path: "/api/v1/notification/smtp/settings",
    tag,
    summary: "Save the SMTP settings",
    description: "`password`: omitted, blank or the mask keeps the saved one; null clears it. `use_tls` is STARTTLS, `use_ssl` implicit TLS (port 465).",
    access: admin,
    body: { schema: ZSmtpSettingsInput, example: settings },
    response: { status: 200, description: "The saved settings", body: { schema: ZSmtpSettingsView, example: view } },
    errors: [400, 429],
  },
  {
    method: "post",
    path: "/api/v1/notification/smtp/test",
    tag,
    summary: "Test SMTP settings",
    description: "Connects, negotiates TLS and logs in with the given (or in-force) settings; with `to`, also sends a test email. A failure is the answer (`ok: false` with the stage and the server's reply), not an error.",
    access: admin,
    body: { schema: ZSmtpTestRequest, example: { to: "admin@example.com" }, optional: true },
    response: {
      status: 200,
      description: "The diagnosis",
      body: {
        schema: ZSmtpDiagnosis,
        example: {
          ok: true,
          stage: "ok",
          message: "smtp.example.com:587 (STARTTLS) as notify@example.com accepted the test email for admin@example.com.",
          server_reply: "250 2.0.0 Ok: queued as 4F2A81C0",
          latency_ms: 840,
          message_id: "<test.1764581400@notify.example.com>",
          server: "smtp.example.com:587 (STARTTLS) as notify@example.com",
          source: "database",
        },
      },
    },
    errors: [400, 409, 429],
  },
];
