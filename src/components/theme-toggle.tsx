"use client";

import { useId, useLayoutEffect, useSyncExternalStore, type ReactNode } from "react";
import { cx } from "./ui/cx";
import {
  applyThemePreference,
  readThemePreference,
  THEME_STORAGE_KEY,
  type TThemePreference,
} from "./theme-init-script";

const CHANGE_EVENT = "ocn-theme-change";

function subscribe(onChange: () => void) {
  // "storage" fires when another tab changes the theme; CHANGE_EVENT covers this tab.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY) return;
    applyThemePreference(readThemePreference());
    onChange();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function setThemePreference(preference: TThemePreference) {
  try {
    if (preference === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Storage can be unavailable (private mode, policies); the choice then lasts for this page only.
  }
  applyThemePreference(preference);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

const icons: Record<TThemePreference, ReactNode> = {
  system: (
    <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" aria-hidden="true">
      <rect x="1.75" y="2.75" width="12.5" height="8.5" rx="1.5" />
      <path d="M5.5 14h5M8 11.25V14" strokeLinecap="round" />
    </svg>
  ),
  light: (
    <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" aria-hidden="true">
      <circle cx="8" cy="8" r="3" />
      <path d="M8 1.5v1.3M8 13.2v1.3M1.5 8h1.3M13.2 8h1.3M3.4 3.4l.9.9M11.7 11.7l.9.9M3.4 12.6l.9-.9M11.7 4.3l.9-.9" />
    </svg>
  ),
  dark: (
    <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" aria-hidden="true">
      <path d="M13.5 9.6A5.75 5.75 0 0 1 6.4 2.5a5.75 5.75 0 1 0 7.1 7.1Z" />
    </svg>
  ),
};

const options: { value: TThemePreference; label: string }[] = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

/** Segmented System / Light / Dark radio group; native radios give arrow-key navigation for free. */
export function ThemeToggle({ className }: { className?: string }) {
  const name = useId();
  const preference = useSyncExternalStore(subscribe, readThemePreference, () => "system" as const);

  // Dev-mode Strict Mode remounts reset <html> attributes the inline script set; re-apply them.
  useLayoutEffect(() => {
    applyThemePreference(readThemePreference());
  }, []);

  return (
    <fieldset className={cx("theme-toggle", className)}>
      <legend className="visually-hidden">Theme</legend>
      {options.map((option) => (
        <label key={option.value} className="theme-toggle__option" title={`${option.label} theme`}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={preference === option.value}
            onChange={() => setThemePreference(option.value)}
            className="visually-hidden"
          />
          {icons[option.value]}
          <span className="visually-hidden">{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
