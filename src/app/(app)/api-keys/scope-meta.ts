import type { TApiKeyScope } from "@/server/auth/api-keys";

/** What each scope lets a key do, in the order the form lists them. */
export const scopeDescriptions = {
  "notifications:read": "Read notifications, their delivery status and the worker status.",
  "notifications:write": "Create notifications (POST /api/v1/notifications) — what the executor needs.",
  "events:write": "Send events that notification rules turn into messages.",
  admin: "Everything, including pausing and resuming sending. Give this sparingly.",
} satisfies Record<TApiKeyScope, string>;

export const apiKeyScopes = Object.keys(scopeDescriptions) as TApiKeyScope[];
