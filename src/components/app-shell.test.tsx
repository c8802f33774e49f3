import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { AppShell } from "./app-shell";

vi.mock("next/navigation", () => ({ usePathname: () => "/notifications" }));

const user = { id: 1, email: "viewer@example.com", name: null, role: "VIEWER" as const };

describe("[safe defaults] the signed-in shell", () => {
  it("warns on every page while private destinations are allowed", () => {
    const html = renderToStaticMarkup(
      <AppShell user={user} privateDestinationsAllowed>
        <p>page</p>
      </AppShell>,
    );
    expect(html).toContain("Private destinations are allowed");
    expect(html).toContain("NOTIFY_ALLOW_PRIVATE_DESTINATIONS is on");
  });

  it("shows no warning while they are not", () => {
    const html = renderToStaticMarkup(
      <AppShell user={user}>
        <p>page</p>
      </AppShell>,
    );
    expect(html).toContain("<p>page</p>");
    expect(html).not.toContain("Private destinations");
  });
});
