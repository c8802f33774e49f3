"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, type ReactNode } from "react";
import { visibleNavSections } from "./nav/nav-sections";
import { SidebarNav } from "./nav/sidebar-nav";
import { useNavDrawer } from "./nav/use-nav-drawer";
import { PrivateDestinationsBanner } from "./private-destinations-banner";
import { ThemeToggle } from "./theme-toggle";
import { cx } from "./ui/cx";
import { ToastProvider } from "./ui/toast";
import { UserMenu, type TShellUser } from "./user-menu";
import styles from "./app-shell.module.css";

export type TAppShellProps = {
  user: TShellUser;
  /** NOTIFY_ALLOW_PRIVATE_DESTINATIONS is on: every page warns about it. */
  privateDestinationsAllowed?: boolean;
  children: ReactNode;
};

/**
 * Header (brand, theme, account), sectioned sidebar navigation and main container for signed-in
 * pages; also provides toasts. Below 768 px the sidebar becomes a drawer behind a menu button.
 */
export function AppShell({ user, privateDestinationsAllowed = false, children }: TAppShellProps) {
  const pathname = usePathname();
  const { open: drawerOpen, toggle: toggleDrawer, close: closeDrawer, buttonRef, drawerRef } = useNavDrawer();
  const drawerId = useId();
  const sections = visibleNavSections(user.role);

  return (
    <ToastProvider>
      <div className={styles.shell} data-drawer-open={drawerOpen || undefined}>
        {/* While the drawer is open everything but it and its button is inert: Tab stays inside. */}
        <a href="#main-content" className={styles.skipLink} inert={drawerOpen}>
          Skip to content
        </a>
        <header className={styles.header}>
          <button
            ref={buttonRef}
            type="button"
            className={cx("btn btn--ghost btn--icon", styles.menuButton)}
            aria-expanded={drawerOpen}
            aria-controls={drawerId}
            aria-label="Menu"
            onClick={toggleDrawer}
          >
            <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" aria-hidden="true">
              {drawerOpen ? <path d="m4 4 8 8M12 4l-8 8" /> : <path d="M2.5 4.5h11M2.5 8h11M2.5 11.5h11" />}
            </svg>
          </button>
          <Link href="/" className={styles.brand} inert={drawerOpen}>
            <span className="shell__logo" aria-hidden="true" />
            <span>
              OpsConductor <span className={styles.brandSuffix}>Notify</span>
            </span>
          </Link>
          <div className={styles.tools} inert={drawerOpen}>
            <ThemeToggle className={styles.headerTheme} />
            <UserMenu user={user} />
          </div>
        </header>
        <div className={styles.backdrop} aria-hidden="true" onClick={closeDrawer} />
        <div id={drawerId} ref={drawerRef} className={styles.sidebar}>
          <SidebarNav sections={sections} pathname={pathname} onNavigate={closeDrawer} />
          <div className={styles.drawerTools}>
            <ThemeToggle />
          </div>
        </div>
        <main id="main-content" className={styles.main} tabIndex={-1} inert={drawerOpen}>
          <div className="container">
            {privateDestinationsAllowed && <PrivateDestinationsBanner />}
            {children}
          </div>
        </main>
      </div>
    </ToastProvider>
  );
}
