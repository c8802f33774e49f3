import { maskSecret } from "@/server/crypto/secret-box";

/**
 * Shows which endpoint a URL points at without its secret part: scheme, host
 * and the first path segment stay ("https://hooks.slack.com/services/••••••••abcd"),
 * the rest is masked. Slack, Teams Workflows and most webhook URLs carry their
 * token in the path or the query.
 */
export function maskDestinationUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return maskSecret(raw) ?? "";
  }
  const [first = "", ...rest] = url.pathname.slice(1).split("/");
  const keepFirst = rest.length > 0;
  const hidden = (keepFirst ? rest.join("/") : first) + url.search + url.hash;
  const kept = `${url.protocol}//${url.host}/${keepFirst ? `${first}/` : ""}`;
  return hidden ? kept + (maskSecret(hidden) ?? "") : kept;
}

/** "+44•••••0123": enough for its owner to recognise it. */
export function maskPhoneNumber(phone: string): string {
  return phone.length > 6 ? `${phone.slice(0, 3)}•••••${phone.slice(-4)}` : "•••••";
}
