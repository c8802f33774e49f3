"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

export type TNavLink = { href: string; label: string };

export type TNavGroupMenuProps = {
  label: string;
  items: TNavLink[];
  isActive: (href: string) => boolean;
  onNavigate: () => void;
};

/**
 * A group of navigation links behind one button (a disclosure, not an ARIA
 * menu: plain links, Tab moves through them, Escape closes). Keeps the admin
 * nav on one line; on phones the group shows inline in the shell's menu.
 */
export function NavGroupMenu({ label, items, isActive, onNavigate }: TNavGroupMenuProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLLIElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const current = items.some((item) => isActive(item.href));

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  function handleKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (event.key === "Escape" && open) {
      event.stopPropagation();
      setOpen(false);
      triggerRef.current?.focus();
    }
  }

  return (
    <li className="nav-group" ref={rootRef} onKeyDown={handleKeyDown} onBlur={(event) => !rootRef.current?.contains(event.relatedTarget as Node) && setOpen(false)}>
      <button
        ref={triggerRef}
        type="button"
        className="shell__nav-link nav-group__trigger"
        aria-expanded={open}
        aria-controls={panelId}
        data-current={current || undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
        <svg viewBox="0 0 16 16" width="12" height="12" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
          <path d="m4 6 4 4 4-4" />
        </svg>
      </button>
      <ul id={panelId} className="nav-group__panel" data-open={open || undefined} aria-label={label}>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className="shell__nav-link"
              aria-current={isActive(item.href) ? "page" : undefined}
              onClick={() => {
                setOpen(false);
                onNavigate();
              }}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </li>
  );
}
