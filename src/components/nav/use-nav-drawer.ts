"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";

/** Must match the phone breakpoint of app-shell.module.css (the drawer exists only below it). */
const WIDE_QUERY = "(min-width: 768px)";

/**
 * The phone drawer's state and focus: opening moves focus to its first link; Escape, the backdrop,
 * following a link or widening the window past the phone breakpoint close it and put focus back
 * on the menu button. The shell makes everything else inert while it is open, which keeps Tab
 * inside the drawer and its button.
 */
export function useNavDrawer() {
  const pathname = usePathname();
  // Remember the page it was opened on: navigating elsewhere closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const drawerRef = useRef<HTMLDivElement>(null);

  const close = useCallback(() => {
    setOpenOn(null);
    buttonRef.current?.focus();
  }, []);

  const toggle = useCallback(() => {
    if (open) close();
    else setOpenOn(pathname);
  }, [open, close, pathname]);

  useEffect(() => {
    if (!open) return;
    drawerRef.current?.querySelector<HTMLElement>("a[href]")?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") close();
    };
    const wide = window.matchMedia(WIDE_QUERY);
    const onWide = () => {
      if (wide.matches) setOpenOn(null);
    };
    document.addEventListener("keydown", onKeyDown);
    wide.addEventListener("change", onWide);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      wide.removeEventListener("change", onWide);
    };
  }, [open, close]);

  return { open, toggle, close, buttonRef, drawerRef };
}
