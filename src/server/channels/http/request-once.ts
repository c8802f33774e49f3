import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isBlockedAddress } from "./blocked-address";
import { HttpTransportError, timedOut } from "./http-transport-error";
import type { TResolvedAddress } from "./resolve-destination";
import { formatRemote, toHttpTransportError } from "./to-http-transport-error";

export type THop = { url: URL; method: "GET" | "POST"; headers: Record<string, string>; body?: Buffer };
export type THopResponse = { status: number; headers: Record<string, string>; body: string; remoteAddress: string };

/** Enough for any provider's reply; a receiver streaming more is cut off rather than buffered. */
export const MAX_RESPONSE_BYTES = 64 * 1024;

export const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

type TRequestOnceOptions = {
  /** Checked addresses from resolveDestination; the connection may go nowhere else. */
  addresses: TResolvedAddress[];
  allowPrivate: boolean;
  /** Aborted when the overall deadline of the send passes. */
  deadline: AbortSignal;
  timeoutMs: number;
};

/** One request/response exchange, no redirects, over a fresh connection pinned to `addresses`. */
export function requestOnce(hop: THop, { addresses, allowPrivate, deadline, timeoutMs }: TRequestOnceOptions): Promise<THopResponse> {
  const { url } = hop;
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);
  const fallbackRemote = formatRemote(addresses[0]?.address ?? host, port);
  let activity = `connecting to ${url.hostname} (${fallbackRemote})`;
  let remoteAddress = "";

  return new Promise<THopResponse>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      deadline.removeEventListener("abort", onDeadline);
      outcome();
    };
    const fail = (error: unknown) =>
      settle(() => reject(toHttpTransportError(error, { host: url.hostname, fallbackRemote: remoteAddress ? formatRemote(remoteAddress, port) : fallbackRemote })));
    const onDeadline = () => request.destroy(timedOut(timeoutMs, activity));

    const headers = { ...hop.headers };
    if (hop.body || hop.method === "POST") headers["content-length"] = String(hop.body?.length ?? 0);
    const request = (url.protocol === "https:" ? https : http).request({
      hostname: host,
      port,
      path: `${url.pathname}${url.search}`,
      method: hop.method,
      headers,
      // A pooled socket could have been opened for an earlier answer of the resolver; each send connects afresh.
      agent: false,
      lookup: pinnedLookup(addresses),
    });

    request.on("socket", (socket) => {
      socket.once("connect", () => {
        remoteAddress = socket.remoteAddress ?? "";
        // Defence in depth: whatever the resolver or the OS did, judge the address actually connected to.
        const reason = allowPrivate ? null : isBlockedAddress(remoteAddress);
        if (reason) {
          request.destroy(
            new HttpTransportError("blocked_destination", `Connected to ${url.hostname} at ${remoteAddress}, a ${reason} address, which is not allowed`, {
              remoteAddress,
            }),
          );
          return;
        }
        activity = `waiting for the response from ${url.hostname}`;
      });
    });

    request.on("response", (response) => {
      activity = `reading the response from ${url.hostname}`;
      const status = response.statusCode ?? 0;
      const responseHeaders = flattenHeaders(response.headers);
      const done = (body: string) => settle(() => resolve({ status, headers: responseHeaders, body, remoteAddress }));
      response.on("error", fail);
      if (REDIRECT_STATUSES.has(status) && responseHeaders.location) {
        done("");
        response.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        chunks.push(chunk.subarray(0, MAX_RESPONSE_BYTES - size));
        size += chunk.length;
        if (size >= MAX_RESPONSE_BYTES) {
          done(Buffer.concat(chunks).toString("utf8"));
          response.destroy();
        }
      });
      response.on("end", () => done(Buffer.concat(chunks).toString("utf8")));
      response.on("aborted", () => fail(new HttpTransportError("network", `${url.hostname} closed the connection while sending the response`)));
    });

    request.on("error", fail);
    if (deadline.aborted) onDeadline();
    else deadline.addEventListener("abort", onDeadline, { once: true });
    request.end(hop.body);
  });
}

/** A lookup that answers only with the already-checked addresses, never asking DNS again. */
function pinnedLookup(addresses: TResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const family = options.family === 4 || options.family === "IPv4" ? 4 : options.family === 6 || options.family === "IPv6" ? 6 : 0;
    const candidates = family ? addresses.filter((candidate) => candidate.family === family) : addresses;
    process.nextTick(() => {
      const [first] = candidates;
      if (!first) callback(Object.assign(new Error(`No IPv${family} address among the checked ones`), { code: "ENOTFOUND" }), "");
      else if (options.all) callback(null, candidates);
      else callback(null, first.address, first.family);
    });
  };
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
