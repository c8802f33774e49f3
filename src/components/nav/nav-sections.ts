import type { TUserRole } from "../user-menu";

export type TNavItem = {
  href: string;
  label: string;
  /** Shown to admins only; the page and its procedures check the role again. */
  adminOnly?: boolean;
};

export type TNavSection = { title: string; items: TNavItem[] };

/** The whole navigation: adding a page is one line here. */
export const navSections: TNavSection[] = [
  {
    title: "Monitor",
    items: [
      { href: "/dashboard", label: "Dashboard" },
      { href: "/notifications", label: "Notifications" },
      { href: "/events", label: "Events" },
      { href: "/incidents", label: "Incidents" },
      { href: "/queue", label: "Queue" },
      { href: "/maintenance", label: "Maintenance" },
    ],
  },
  {
    title: "Configure",
    items: [
      { href: "/rules", label: "Rules", adminOnly: true },
      { href: "/templates", label: "Templates" },
      { href: "/channels", label: "Channels", adminOnly: true },
      { href: "/escalation-policies", label: "Escalation policies", adminOnly: true },
      { href: "/integrations", label: "Integrations", adminOnly: true },
      { href: "/settings", label: "Settings", adminOnly: true },
      { href: "/mail", label: "Mail catcher", adminOnly: true },
    ],
  },
  {
    title: "Admin",
    items: [
      { href: "/users", label: "Users", adminOnly: true },
      { href: "/api-keys", label: "API keys", adminOnly: true },
      { href: "/audit-log", label: "Audit log", adminOnly: true },
      { href: "/api-reference", label: "API reference" },
    ],
  },
  {
    title: "Me",
    items: [
      { href: "/preferences", label: "My preferences" },
      { href: "/my-channels", label: "My channels" },
      { href: "/account", label: "My account" },
    ],
  },
];

/** The sections a role sees, without the items it may not open; a section left empty is dropped. */
export function visibleNavSections(role: TUserRole, sections: TNavSection[] = navSections): TNavSection[] {
  return sections
    .map((section) => ({ ...section, items: section.items.filter((item) => !item.adminOnly || role === "ADMIN") }))
    .filter((section) => section.items.length > 0);
}

/**
 * The one item the current page belongs to: the longest href that is the path or a parent of it,
 * so a detail page (/events/abc) marks its list and "/mail" never claims "/maintenance".
 */
export function activeNavHref(pathname: string, sections: TNavSection[]): string | undefined {
  let best: string | undefined;
  for (const { items } of sections) {
    for (const { href } of items) {
      const matches = pathname === href || pathname.startsWith(`${href}/`);
      if (matches && (!best || href.length > best.length)) best = href;
    }
  }
  return best;
}
