import { isIPv4, isIPv6 } from "node:net";

type THeaders = Record<string, string | string[] | undefined>;

/**
 * The client address sign-in failures are counted against, from the request
 * headers (next-auth hands `authorize` the headers, not the socket).
 *
 * With `trustedProxies` = N > 0 it is the Nth entry of X-Forwarded-For from the
 * right: each proxy appends the address it received the request from, so the
 * entries to the left of those were written by the client and can be forged.
 * (The first entry, what many guides use, is the client's to choose whenever a
 * proxy appends instead of overwriting.)
 *
 * With no trusted proxy, Next.js fills X-Forwarded-For with the socket's
 * address, but only when the request has none, so a client can still put its
 * own there: the per-address limit then holds for clients that don't forge,
 * and the per-account limit and the bound on hashing are what hold for those
 * that do. Set TRUST_PROXY behind a reverse proxy.
 *
 * IPv6 addresses count by their /64, which one subscriber usually holds whole.
 * No usable address gives "unknown", which is counted like any other address.
 */
export function clientAddress(headers: THeaders, trustedProxies: number): string {
  const header = headers["x-forwarded-for"];
  const entries = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",").map((entry) => entry.trim()).filter(Boolean);
  const entry = trustedProxies > 0 ? entries[Math.max(0, entries.length - trustedProxies)] : entries[0];
  return (entry && normaliseAddress(entry)) ?? "unknown";
}

export function normaliseAddress(text: string): string | null {
  // "1.2.3.4:5678" and "[2001:db8::1]:443" carry a port some proxies add.
  const bare = text.replace(/^\[([^\]]+)\](?::\d+)?$/, "$1").replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(bare)) return bare;
  if (isIPv6(bare)) return `${ipv6Groups(bare).slice(0, 4).join(":")}::/64`;
  return null;
}

/** The eight groups of an IPv6 address, "::" expanded, without leading zeros. */
function ipv6Groups(address: string): string[] {
  const [head = "", tail] = address.toLowerCase().replace(/%.*$/, "").split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return groups.map((group) => (group.includes(".") ? group : parseInt(group, 16).toString(16)));
}
