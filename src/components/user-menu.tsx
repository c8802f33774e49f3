"use client";

import { signOut } from "next-auth/react";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Badge } from "./ui/badge";
import { Button } from "./ui/button";

export type TUserRole = "ADMIN" | "OPERATOR" | "VIEWER";

export type TShellUser = {
  email: string;
  name?: string | null;
  role: TUserRole;
};

export const roleLabels: Record<TUserRole, string> = {
  ADMIN: "Admin",
  OPERATOR: "Operator",
  VIEWER: "Viewer",
};

/**
 * Disclosure (not an ARIA menu: it holds text plus one button). On phones the trigger is hidden by
 * CSS and the panel shows inline inside the app shell's mobile menu.
 */
export function UserMenu({ user }: { user: TShellUser }) {
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape" && open) {
      setOpen(false);
      triggerRef.current?.focus();
    }
  }

  async function handleSignOut() {
    setSigningOut(true);
    await signOut({ callbackUrl: "/sign-in" });
  }

  const initial = (user.name || user.email).trim().charAt(0) || "?";

  return (
    <div className="user-menu" ref={rootRef} onKeyDown={handleKeyDown}>
      <button
        ref={triggerRef}
        type="button"
        className="user-menu__trigger"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {initial}
        </span>
        <span className="visually-hidden">Account: </span>
        <span className="truncate user-menu__email">{user.email}</span>
      </button>
      <div id={panelId} className="user-menu__panel" data-open={open || undefined}>
        <div className="user-menu__identity">
          {user.name && <span className="user-menu__name">{user.name}</span>}
          <span className="user-menu__email">{user.email}</span>
          <Badge tone={user.role === "ADMIN" ? "info" : "neutral"} className="user-menu__role">
            <span className="visually-hidden">Role: </span>
            {roleLabels[user.role]}
          </Badge>
        </div>
        <Button block onClick={handleSignOut} loading={signingOut}>
          Sign out
        </Button>
      </div>
    </div>
  );
}
