"use client";

import { ApiReferenceReact } from "@scalar/api-reference-react";
import "@scalar/api-reference-react/style.css";
import { useMemo } from "react";
import styles from "./api-reference.module.css";
import { useEffectiveTheme } from "./use-effective-theme";

/**
 * Scalar's reference over the generated document, bundled with the app (no
 * CDN, no web fonts, no telemetry, no AI chat that would send the document
 * away), following the app's light/dark theme.
 * "Try it" calls this server with the API key pasted under Authentication,
 * kept in memory only (persistAuth off), never in localStorage.
 */
export function ApiReference() {
  const theme = useEffectiveTheme();
  const configuration = useMemo(
    () => ({
      url: "/api/v1/openapi.json",
      forceDarkModeState: theme,
      hideDarkModeToggle: true,
      withDefaultFonts: false,
      telemetry: false,
      persistAuth: false,
      hideClientButton: true,
      showDeveloperTools: "never" as const,
      documentDownloadType: "json" as const,
      agent: { disabled: true },
      authentication: { preferredSecurityScheme: "apiKey" },
    }),
    [theme],
  );
  return (
    <div className={styles.reference}>
      {/* Scalar reads its colour mode once when it mounts (updateConfiguration leaves it), so a theme change mounts it anew. */}
      <ApiReferenceReact key={theme} configuration={configuration} />
    </div>
  );
}
