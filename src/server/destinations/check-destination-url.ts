import { validateDestinationUrl } from "@/server/channels/http/validate-destination-url";
import { isRetiredTeamsConnectorUrl, RETIRED_TEAMS_CONNECTOR_HINT } from "@/server/channels/teams/retired-connector";
import { AppError } from "@/server/errors/app-error";
import { fieldError } from "./field-error";

/**
 * The save-time SSRF check (https only, no literal private addresses, unless
 * NOTIFY_ALLOW_PRIVATE_DESTINATIONS) with the field named in the 400. Teams
 * connector URLs are refused: Microsoft retired them, so every message would fail.
 */
export function checkDestinationUrl(raw: string, field: string, options: { teams?: boolean } = {}): string {
  let url: URL;
  try {
    url = validateDestinationUrl(raw);
  } catch (error) {
    throw error instanceof AppError ? fieldError(field, error.message) : error;
  }
  if (options.teams && isRetiredTeamsConnectorUrl(url.href)) throw fieldError(field, RETIRED_TEAMS_CONNECTOR_HINT);
  return url.href;
}
