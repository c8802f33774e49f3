import type { TAuditLogEntry } from "@/server/audit/audit-log-schema";

const detail = (base: string) => (id: string | null) => (id ? `${base}/${encodeURIComponent(id)}` : base);
const list = (href: string) => () => href;

/**
 * The page of each kind of target. A target with its own page links there;
 * one managed on a list page (channels, API keys, users) links to the list;
 * settings link to Settings; an entry about all items of a kind (the rules'
 * order) links to their list. Target ids are the ones in the page's own
 * address (a template's key, a rule's id).
 */
const TARGET_PAGES: Record<string, { href: (id: string | null) => string; perItem: boolean }> = {
  rule: { href: detail("/rules"), perItem: true },
  template: { href: detail("/templates"), perItem: true },
  escalation_policy: { href: detail("/escalation-policies"), perItem: true },
  maintenance_window: { href: detail("/maintenance"), perItem: true },
  incident: { href: detail("/incidents"), perItem: true },
  notification: { href: detail("/notifications"), perItem: true },
  event: { href: detail("/events"), perItem: true },
  user_preferences: { href: detail("/preferences"), perItem: true },
  channel: { href: list("/channels"), perItem: false },
  user: { href: list("/users"), perItem: false },
  user_invitation: { href: list("/users"), perItem: false },
  api_key: { href: list("/api-keys"), perItem: false },
  smtp_settings: { href: list("/settings"), perItem: false },
  branding: { href: list("/settings"), perItem: false },
  template_variables: { href: list("/templates"), perItem: false },
  queue: { href: list("/queue"), perItem: false },
};

/** Where the target can be seen now; nothing for a kind without a page, or for a deleted item whose page is gone. */
export function auditTargetHref(entry: Pick<TAuditLogEntry, "action" | "target">): string | undefined {
  const page = TARGET_PAGES[entry.target.type];
  if (!page) return undefined;
  if (page.perItem && entry.target.id && entry.action.endsWith(".deleted")) return undefined;
  return page.href(entry.target.id);
}
