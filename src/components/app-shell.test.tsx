import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { AppShell } from "./app-shell";

vi.mock("next/navigation", () => ({ usePathname: () => "/notifications/42" }));

const viewer = { id: 1, email: "viewer@example.com", name: null, role: "VIEWER" as const };
const admin = { ...viewer, email: "admin@example.com", role: "ADMIN" as const };

function render(user: typeof viewer | typeof admin, privateDestinationsAllowed = false) {
  return renderToStaticMarkup(
    <AppShell user={user} privateDestinationsAllowed={privateDestinationsAllowed}>
      <p>page</p>
    </AppShell>,
  );
}

/** The labels of the main navigation's links, in order. */
function navLabels(html: string): string[] {
  const nav = html.slice(html.indexOf('<nav aria-label="Main"'), html.indexOf("</nav>"));
  return [...nav.matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((match) => match[1]!);
}

describe("[safe defaults] the signed-in shell", () => {
  it("warns on every page while private destinations are allowed", () => {
    const html = render(viewer, true);
    expect(html).toContain("Private destinations are allowed");
    expect(html).toContain("NOTIFY_ALLOW_PRIVATE_DESTINATIONS is on");
  });

  it("shows no warning while they are not", () => {
    const html = render(viewer);
    expect(html).toContain("<p>page</p>");
    expect(html).not.toContain("Private destinations");
  });
});

describe("[navigation] the sidebar", () => {
  it("gives an admin every page, grouped Monitor, Configure, Admin, Me", () => {
    const html = render(admin);
    expect(navLabels(html)).toEqual([
      "Dashboard", "Notifications", "Events", "Incidents", "Queue", "Maintenance",
      "Rules", "Templates", "Channels", "Escalation policies", "Integrations", "Settings", "Mail catcher",
      "Users", "API keys", "Audit log", "API reference",
      "My preferences", "My channels", "My account",
    ]);
    for (const title of ["Monitor", "Configure", "Admin", "Me"]) expect(html).toContain(`>${title}</p>`);
  });

  it("leaves admin pages out for a viewer", () => {
    expect(navLabels(render(viewer))).toEqual([
      "Dashboard", "Notifications", "Events", "Incidents", "Queue", "Maintenance",
      "Templates",
      "API reference",
      "My preferences", "My channels", "My account",
    ]);
  });

  it("marks the list a detail page belongs to as the current page, and only it", () => {
    const html = render(admin);
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    expect(html).toMatch(/<a [^>]*href="\/notifications"[^>]*aria-current="page"|<a [^>]*aria-current="page"[^>]*href="\/notifications"/);
  });

  it("keeps the skip link, and the phone menu button starts closed", () => {
    const html = render(viewer);
    expect(html).toContain('href="#main-content"');
    expect(html).toMatch(/aria-label="Menu"/);
    expect(html).toMatch(/aria-expanded="false"/);
    expect(html).not.toContain("inert");
  });
});
