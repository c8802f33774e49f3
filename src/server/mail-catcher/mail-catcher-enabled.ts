import type { TEnv } from "@/env";

/**
 * Whether the built-in mail catcher runs (and email falls back to it). MAIL_CATCHER
 * decides when set; otherwise it is on everywhere but production, where mail
 * silently caught instead of sent would look delivered to nobody's inbox.
 */
export function mailCatcherEnabled(config: Pick<TEnv, "NODE_ENV" | "MAIL_CATCHER">): boolean {
  return config.MAIL_CATCHER ?? config.NODE_ENV !== "production";
}
