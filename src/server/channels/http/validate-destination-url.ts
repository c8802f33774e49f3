import { isIP } from "node:net";
import { env } from "@/env";
import { AppError } from "@/server/errors/app-error";
import { isBlockedAddress } from "./blocked-address";

export type TDestinationPolicy = {
  /** Development switch: allows http:// and private addresses. Defaults to NOTIFY_ALLOW_PRIVATE_DESTINATIONS. */
  allowPrivate?: boolean;
};

/** Whether NOTIFY_ALLOW_PRIVATE_DESTINATIONS has the SSRF guard off, for the warning every signed-in page shows. */
export function privateDestinationsAllowed(): boolean {
  return env().NOTIFY_ALLOW_PRIVATE_DESTINATIONS;
}

/**
 * Checks a webhook-style destination before it is saved and again before every
 * send (including each redirect). Hostnames are only resolved at send time, so
 * this refuses what the URL itself gives away: the scheme, embedded credentials
 * and literal addresses in blocked ranges. Messages name the host, never the
 * path or query, because those often carry the destination's secret token.
 */
export function validateDestinationUrl(raw: string, policy: TDestinationPolicy = {}): URL {
  const allowPrivate = policy.allowPrivate ?? env().NOTIFY_ALLOW_PRIVATE_DESTINATIONS;
  let url: URL;
  try {
    // The WHATWG parser normalises 2130706433, 0x7f.1, 017700000001 and 127.1 to 127.0.0.1.
    url = new URL(raw.trim());
  } catch {
    throw new AppError("BAD_REQUEST", "Destination is not a valid URL");
  }
  if (url.protocol !== "https:" && !(allowPrivate && url.protocol === "http:")) {
    const hint = url.protocol === "http:" ? " (http:// is allowed only when NOTIFY_ALLOW_PRIVATE_DESTINATIONS=true)" : "";
    throw new AppError("BAD_REQUEST", `Destination must use https://, not ${url.protocol}//${hint}`);
  }
  if (url.username || url.password) {
    throw new AppError("BAD_REQUEST", `Destination ${url.hostname} must not carry credentials in the URL (user:password@)`);
  }
  if (allowPrivate) return url;
  const address = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (isIP(address)) {
    const reason = isBlockedAddress(address);
    if (reason) throw new AppError("BAD_REQUEST", `Destination ${url.hostname} is a ${reason} address, which is not allowed`);
  } else if (/(^|\.)localhost\.?$/.test(address)) {
    throw new AppError("BAD_REQUEST", `Destination ${url.hostname} is a loopback name, which is not allowed`);
  }
  return url;
}
