"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { NavGroupMenu, type TNavLink } from "./nav-group-menu";
import { PrivateDestinationsBanner } from "./private-destinations-banner";
import { ThemeToggle } from "./theme-toggle";
import { ToastProvider } from "./ui/toast";
import { UserMenu, type TShellUser } from "./user-menu";

export type TAppShellProps = {
  user: TShellUser;
  /** NOTIFY_ALLOW_PRIVATE_DESTINATIONS is on: every page warns about it. */
  privateDestinationsAllowed?: boolean;
  children: ReactNode;
};

type TNavItem = TNavLink & { adminOnly?: boolean };

const navItems: TNavItem[] = [
  { href: "/notifications", label: "Notifications" },
  { href: "/events", label: "Events" },
  { href: "/incidents", label: "Incidents" },
  { href: "/maintenance", label: "Maintenance" },
  { href: "/queue", label: "Queue" },
  { href: "/rules", label: "Rules", adminOnly: true },
  { href: "/templates", label: "Templates" },
  { href: "/preferences", label: "My preferences" },
];

/** The organisation's configuration, for admins, behind one "Admin" button so the nav fits one line. */
const adminItems: TNavLink[] = [
  { href: "/channels", label: "Channels" },
  { href: "/escalation-policies", label: "Escalation policies" },
  { href: "/users", label: "Users" },
  { href: "/mail", label: "Mail catcher" },
  { href: "/settings", label: "Settings" },
  { href: "/api-keys", label: "API keys" },
];

function isActive(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** Header, navigation, user menu and main container for signed-in pages; also provides toasts. */
export function AppShell({ user, privateDestinationsAllowed = false, children }: TAppShellProps) {
  const pathname = usePathname();
  // Remember which page the phone menu was opened on, so navigating closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === pathname;
  const menuId = useId();
  const menuButtonRef = useRef<HTMLButtonElement>(null);

  const items = navItems.filter((item) => !item.adminOnly || user.role === "ADMIN");

  function handleMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape" && menuOpen) {
      setOpenOn(null);
      menuButtonRef.current?.focus();
    }
  }

  return (
    <ToastProvider>
      <div className="shell">
        <a href="#main-content" className="skip-link">
          Skip to content
        </a>
        <header className="shell__header">
          <div className="shell__bar container" onKeyDown={handleMenuKeyDown}>
            <Link href="/notifications" className="shell__brand">
              <span className="shell__logo" aria-hidden="true" />
              <span>
                OpsConductor <span className="shell__brand-suffix">Notify</span>
              </span>
            </Link>
            <button
              ref={menuButtonRef}
              type="button"
              className="btn btn--ghost btn--icon shell__menu-button"
              aria-expanded={menuOpen}
              aria-controls={menuId}
              aria-label="Menu"
              onClick={() => setOpenOn(menuOpen ? null : pathname)}
            >
              <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" aria-hidden="true">
                {menuOpen ? <path d="m4 4 8 8M12 4l-8 8" /> : <path d="M2.5 4.5h11M2.5 8h11M2.5 11.5h11" />}
              </svg>
            </button>
            <div id={menuId} className="shell__menu" data-open={menuOpen || undefined}>
              <nav className="shell__nav" aria-label="Main">
                <ul className="shell__nav-list">
                  {items.map((item) => (
                    <li key={item.href}>
                      <Link
                        href={item.href}
                        className="shell__nav-link"
                        aria-current={isActive(pathname, item.href) ? "page" : undefined}
                        onClick={() => setOpenOn(null)}
                      >
                        {item.label}
                      </Link>
                    </li>
                  ))}
                  {user.role === "ADMIN" && <NavGroupMenu label="Admin" items={adminItems} isActive={(href) => isActive(pathname, href)} onNavigate={() => setOpenOn(null)} />}
                </ul>
              </nav>
              <div className="shell__tools">
                <ThemeToggle />
                <UserMenu user={user} />
              </div>
            </div>
          </div>
        </header>
        <main id="main-content" className="shell__main" tabIndex={-1}>
          <div className="container">
            {privateDestinationsAllowed && <PrivateDestinationsBanner />}
            {children}
          </div>
        </main>
      </div>
    </ToastProvider>
  );
}
