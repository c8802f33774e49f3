import { ZAuditLogPage, ZAuditLogQuery } from "@/server/audit/audit-log-schema";
import type { TApiRoute } from "../api-route";
import { EXAMPLE_TIME } from "../examples";

export const auditLogRoutes: TApiRoute[] = [
  {
    method: "get",
    path: "/api/v1/audit-log",
    tag: "Administration",
    summary: "Read the audit log",
    description: "Every change to settings, channels, preferences, rules, templates, policies, maintenance windows, API keys and users, and every requeue, discard, cancel, acknowledge, pause and resume: who, when, what and the diff (secrets masked). Newest first; `next_cursor` fetches older entries.",
    access: { scopes: ["admin"] },
    params: { query: ZAuditLogQuery },
    response: {
      status: 200,
      description: "One page",
      body: {
        schema: ZAuditLogPage,
        example: {
          data: [
            {
              id: 311,
              at: EXAMPLE_TIME,
              actor: { type: "user", id: 1, label: "admin@opsconductor.local" },
              action: "smtp_settings.updated",
              target: { type: "smtp_settings", id: "1", label: "smtp.example.com" },
              diff: { password: { from: "••••", to: "••••" }, smtp_port: { from: 25, to: 587 } },
              client_address: "203.0.113.7",
            },
          ],
          next_cursor: null,
        },
      },
    },
    errors: [400, 429],
  },
];
