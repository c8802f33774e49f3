import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { isBlockedAddress } from "./blocked-address";
import { HttpTransportError } from "./http-transport-error";

export type TResolvedAddress = { address: string; family: 4 | 6 };

/** Every address a hostname has; injectable so tests can play DNS. */
export type TResolveHost = (hostname: string) => Promise<TResolvedAddress[]>;

export const resolveWithDns: TResolveHost = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));

const DNS_REASONS: Record<string, string> = {
  ENOTFOUND: "no such host",
  ENODATA: "the name has no address records",
  EAI_AGAIN: "the resolver did not answer (temporary failure)",
  ESERVFAIL: "the name server failed",
  ECONNREFUSED: "the name server refused the query",
  ETIMEOUT: "the name server did not answer in time",
};

/**
 * The addresses a request to `url` may connect to. They are resolved once,
 * here, and the connection is then pinned to them: a second lookup at connect
 * time could be answered differently (DNS rebinding to 127.0.0.1). A name with
 * any blocked address is refused outright rather than filtered, since a public
 * service has no reason to publish one.
 */
export async function resolveDestination(
  url: URL,
  { allowPrivate, resolveHost }: { allowPrivate: boolean; resolveHost: TResolveHost },
): Promise<TResolvedAddress[]> {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const literal = isIP(host);
  // Literal addresses were checked by validateDestinationUrl and need no lookup.
  if (literal === 4 || literal === 6) return [{ address: host, family: literal }];
  let addresses: TResolvedAddress[];
  try {
    addresses = await resolveHost(host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = (code && DNS_REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
    throw new HttpTransportError("dns", `DNS lookup for ${host} failed: ${reason}${code ? ` (${code})` : ""}`, { code, cause: error });
  }
  if (addresses.length === 0) throw new HttpTransportError("dns", `DNS lookup for ${host} returned no addresses`);
  if (!allowPrivate) {
    for (const { address } of addresses) {
      const reason = isBlockedAddress(address);
      if (reason) {
        throw new HttpTransportError("blocked_destination", `${host} resolves to ${address}, a ${reason} address, which is not allowed`, {
          remoteAddress: address,
        });
      }
    }
  }
  return addresses;
}
