/*
 * Theme preference: "system" (no data-theme; CSS follows prefers-color-scheme) or an explicit
 * "light"/"dark" stored in localStorage and mirrored to <html data-theme>.
 * Deliberately not a "use client" module: the root layout (a server component) must receive
 * the script as a plain string, not as a client reference.
 */

export type TThemePreference = "system" | "light" | "dark";

export const THEME_STORAGE_KEY = "ocn-theme";

/** Inline in <head> (`<script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeInitScript }} />`) so the theme applies before first paint; the CSP runs it only with the request's nonce. */
export const themeInitScript = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}})()`;

export function readThemePreference(): TThemePreference {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return "system";
  }
}

export function applyThemePreference(preference: TThemePreference): void {
  if (preference === "system") document.documentElement.removeAttribute("data-theme");
  else document.documentElement.setAttribute("data-theme", preference);
}
