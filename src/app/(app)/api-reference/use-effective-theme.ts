"use client";

import { useSyncExternalStore } from "react";

const QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener("change", onChange);
  // The theme toggle writes <html data-theme>; watch it rather than coupling to the toggle.
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => {
    media.removeEventListener("change", onChange);
    observer.disconnect();
  };
}

function snapshot(): "light" | "dark" {
  const chosen = document.documentElement.getAttribute("data-theme");
  if (chosen === "light" || chosen === "dark") return chosen;
  return window.matchMedia(QUERY).matches ? "dark" : "light";
}

/** The theme in force: the one chosen in the header's toggle, else the OS preference. */
export function useEffectiveTheme(): "light" | "dark" {
  return useSyncExternalStore(subscribe, snapshot, () => "light");
}
