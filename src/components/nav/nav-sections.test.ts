import { describe, expect, it } from "vitest";
import { activeNavHref, visibleNavSections, type TNavSection } from "./nav-sections";

const sections: TNavSection[] = [
  { title: "Monitor", items: [{ href: "/mail", label: "Mail" }, { href: "/maintenance", label: "Maintenance" }] },
  { title: "Admin", items: [{ href: "/users", label: "Users", adminOnly: true }] },
];

describe("[navigation] sections", () => {
  it("drops a section whose every item is for admins when the user is not one", () => {
    expect(visibleNavSections("OPERATOR", sections).map((section) => section.title)).toEqual(["Monitor"]);
    expect(visibleNavSections("ADMIN", sections).map((section) => section.title)).toEqual(["Monitor", "Admin"]);
  });

  it("matches whole path segments, so /maintenance is not under /mail", () => {
    expect(activeNavHref("/maintenance/3/edit", sections)).toBe("/maintenance");
    expect(activeNavHref("/mail/7", sections)).toBe("/mail");
    expect(activeNavHref("/mailbox", sections)).toBeUndefined();
  });

  it("prefers the longest match when one item lies under another", () => {
    const nested: TNavSection[] = [{ title: "Me", items: [{ href: "/channels", label: "Channels" }, { href: "/channels/test", label: "Test" }] }];
    expect(activeNavHref("/channels/test", nested)).toBe("/channels/test");
    expect(activeNavHref("/channels", nested)).toBe("/channels");
  });
});
