import type { TApiKeyScope } from "@/server/auth/api-keys";

/** What each scope lets a key do, in the order the form lists them. */
export const scopeDescriptions = {
  "notifications:read": "Read notifications, their delivery status and the worker status.",
  "notifications:write": "Create and cancel notifications (POST /api/v1/notifications) and send channel tests.",
  "events:read": "Read events and their routing decisions (who was told, and why).",
  "events:write": "Send events (POST /api/v1/events) that rules and preferences turn into messages — what the executor needs.",
  "preferences:read": "Read any user's notification preferences (secrets masked).",
  "preferences:write": "Change any user's notification preferences.",
  "maintenance:read": "Read maintenance windows and their change history.",
  "maintenance:write": "Create, change, end and delete maintenance windows — what a deploy script needs around a deploy.",
  admin: "Everything, including rules, pausing and resuming sending. Give this sparingly.",
} satisfies Record<TApiKeyScope, string>;

export const apiKeyScopes = Object.keys(scopeDescriptions) as TApiKeyScope[];
