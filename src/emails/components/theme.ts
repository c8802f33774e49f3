export type TSeverity = "info" | "warning" | "error" | "critical";
export type TTone = TSeverity | "success" | "neutral";

/**
 * Accent colours double as badge backgrounds behind white text, so each one keeps a
 * contrast ratio of at least 4.5:1 against #ffffff (WCAG AA for small text).
 */
export const toneColor: Record<TTone, string> = {
  success: "#15803d",
  info: "#1d4ed8",
  warning: "#b45309",
  error: "#b91c1c",
  critical: "#7f1d1d",
  neutral: "#475569",
};

export const colors = {
  text: "#111827",
  muted: "#4b5563",
  border: "#e5e7eb",
  page: "#f3f4f6",
  surface: "#ffffff",
  link: "#1d4ed8",
  errorText: "#7f1d1d",
  errorSurface: "#fef2f2",
  codeSurface: "#111827",
  codeText: "#f9fafb",
};

// System stacks only: remote fonts are blocked by most mail clients and by this project's policy.
export const fontFamily =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
export const monoFamily = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace";
