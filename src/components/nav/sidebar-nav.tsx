"use client";

import Link from "next/link";
import { useId } from "react";
import { activeNavHref, type TNavSection } from "./nav-sections";
import styles from "./sidebar-nav.module.css";

export type TSidebarNavProps = {
  sections: TNavSection[];
  pathname: string;
  /** Called when a link is followed, so the phone drawer closes even on the page it is already on. */
  onNavigate?: () => void;
};

/** The main navigation as labelled groups of plain links (no ARIA menu: Tab walks them in order). */
export function SidebarNav({ sections, pathname, onNavigate }: TSidebarNavProps) {
  const id = useId();
  const active = activeNavHref(pathname, sections);
  return (
    <nav aria-label="Main" className={styles.nav}>
      {sections.map((section, index) => {
        const headingId = `${id}-${index}`;
        return (
          <div key={section.title} className={styles.section}>
            {/* Not a heading: the page's own h1 should be the first heading a screen reader meets. */}
            <p id={headingId} className={styles.title}>
              {section.title}
            </p>
            <ul aria-labelledby={headingId} className={styles.list}>
              {section.items.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className={styles.link} aria-current={item.href === active ? "page" : undefined} onClick={onNavigate}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
