import { env } from "@/env";
import { AppError } from "@/server/errors/app-error";
import { HttpTransportError, timedOut } from "./http-transport-error";
import { REDIRECT_STATUSES, requestOnce, type THop } from "./request-once";
import { resolveDestination, resolveWithDns, type TResolveHost } from "./resolve-destination";
import { validateDestinationUrl } from "./validate-destination-url";

export type THttpRequest = {
  url: string;
  method?: "POST" | "GET";
  /** Names are sent lower-cased. */
  headers?: Record<string, string>;
  /** URLSearchParams is sent form-encoded (Twilio). */
  body?: string | URLSearchParams;
  /** Covers DNS, connect, TLS, every redirect and reading the body. Default 10 s. */
  timeoutMs?: number;
  /** Default 3. */
  maxRedirects?: number;
};

export type THttpResponse = {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The body as UTF-8 text, cut off after MAX_RESPONSE_BYTES (64 KB). */
  body: string;
  /** The first ~2 KB of the body, for the delivery log. */
  bodyExcerpt: string;
  latencyMs: number;
  /** The IP address the final response came from. */
  remoteAddress: string;
  /** After redirects. Contains the destination's path and query, which may be secret: do not log it as is. */
  finalUrl: string;
};

export type TSendHttpOptions = {
  /** Development switch: allows http:// and private addresses. Defaults to NOTIFY_ALLOW_PRIVATE_DESTINATIONS. */
  allowPrivate?: boolean;
  /** Resolver for hostnames; defaults to the system resolver (dns.lookup, all addresses). */
  lookup?: TResolveHost;
};

const EXCERPT_CHARS = 2048;
const USER_AGENT = "OpsConductor-Notify";
/**
 * What a redirect to another origin may carry on. Everything else — the
 * caller's custom headers (API keys, tokens), Authorization, cookies — was
 * meant for the configured destination only and is dropped. The Standard
 * Webhooks headers stay: they prove origin without revealing the secret.
 */
const CROSS_ORIGIN_HEADERS = new Set(["user-agent", "content-type", "accept", "webhook-id", "webhook-timestamp", "webhook-signature"]);

/**
 * The one outbound HTTP path for webhook-style channels. Every hop is checked
 * against the SSRF rules at send time: the URL, each resolved address (then
 * pinned for the connection) and the address actually connected to. Resolves
 * with any HTTP response, whatever its status (classifyHttpResponse judges it);
 * rejects with HttpTransportError when there is no response to judge.
 */
export async function sendHttp(request: THttpRequest, options: TSendHttpOptions = {}): Promise<THttpResponse> {
  const allowPrivate = options.allowPrivate ?? env().NOTIFY_ALLOW_PRIVATE_DESTINATIONS;
  const resolveHost = options.lookup ?? resolveWithDns;
  const timeoutMs = request.timeoutMs ?? 10_000;
  const maxRedirects = request.maxRedirects ?? 3;
  let hop = firstHop(request, allowPrivate);
  const started = performance.now();
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const exchange = async (current: THop) => {
    const resolving = resolveDestination(current.url, { allowPrivate, resolveHost });
    const addresses = await beforeDeadline(resolving, deadline.signal, () => timedOut(timeoutMs, `resolving ${current.url.hostname}`));
    return requestOnce(current, { addresses, allowPrivate, deadline: deadline.signal, timeoutMs });
  };

  let redirectedFrom: URL | undefined;
  try {
    for (let redirects = 0; ; redirects += 1) {
      const { url } = hop;
      const response = await exchange(hop).catch((error: unknown) => {
        throw redirectedFrom ? blamingRedirect(error, redirectedFrom) : error;
      });
      const location = response.headers.location;
      if (!REDIRECT_STATUSES.has(response.status) || !location) {
        return {
          ...response,
          bodyExcerpt: response.body.slice(0, EXCERPT_CHARS),
          latencyMs: Math.round(performance.now() - started),
          finalUrl: url.href,
        };
      }
      if (redirects >= maxRedirects) {
        throw new HttpTransportError("too_many_redirects", `Gave up after ${maxRedirects} redirects (the last one from ${url.host})`, {
          remoteAddress: response.remoteAddress,
        });
      }
      hop = redirectHop(hop, response.status, location, allowPrivate);
      redirectedFrom = url;
    }
  } finally {
    clearTimeout(timer);
  }
}

function firstHop(request: THttpRequest, allowPrivate: boolean): THop {
  const headers: Record<string, string> = { "user-agent": USER_AGENT };
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  if (request.body instanceof URLSearchParams) headers["content-type"] ??= "application/x-www-form-urlencoded;charset=UTF-8";
  const body = request.body === undefined ? undefined : Buffer.from(request.body.toString(), "utf8");
  return { url: checkedUrl(request.url, allowPrivate), method: request.method ?? "POST", headers, body };
}

/** Follows fetch's rules: 303 (and 301/302 after a POST) turn into a bodiless GET; 307/308 replay as is. */
function redirectHop(hop: THop, status: number, location: string, allowPrivate: boolean): THop {
  let target: string;
  try {
    target = new URL(location, hop.url).href;
  } catch {
    throw new HttpTransportError("blocked_destination", `Redirect from ${hop.url.host} refused: its Location is not a valid URL`);
  }
  let url: URL;
  try {
    url = checkedUrl(target, allowPrivate);
  } catch (error) {
    throw blamingRedirect(error, hop.url);
  }
  const becomesGet = status === 303 || ((status === 301 || status === 302) && hop.method === "POST");
  const headers = { ...hop.headers };
  if (becomesGet) delete headers["content-type"];
  if (url.origin !== hop.url.origin) for (const name of Object.keys(headers)) if (!CROSS_ORIGIN_HEADERS.has(name)) delete headers[name];
  return { url, method: becomesGet ? "GET" : hop.method, headers, body: becomesGet ? undefined : hop.body };
}

function checkedUrl(raw: string, allowPrivate: boolean): URL {
  try {
    return validateDestinationUrl(raw, { allowPrivate });
  } catch (error) {
    if (error instanceof AppError) throw new HttpTransportError("blocked_destination", error.message, { cause: error });
    throw error;
  }
}

function blamingRedirect(error: unknown, from: URL): unknown {
  if (!(error instanceof HttpTransportError) || error.kind !== "blocked_destination") return error;
  return new HttpTransportError("blocked_destination", `Redirect from ${from.host} refused: ${error.message}`, {
    remoteAddress: error.remoteAddress,
    cause: error,
  });
}

function beforeDeadline<T>(work: Promise<T>, deadline: AbortSignal, onTimeout: () => Error): Promise<T> {
  if (deadline.aborted) return Promise.reject(onTimeout());
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(onTimeout());
    deadline.addEventListener("abort", abort, { once: true });
    work.then(resolve, reject).finally(() => deadline.removeEventListener("abort", abort));
  });
}
