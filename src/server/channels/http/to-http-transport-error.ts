import { HttpTransportError } from "./http-transport-error";

type TSocketError = Error & { code?: string; address?: string; port?: number; errors?: TSocketError[] };

const CERTIFICATE_CODE = /CERT|SELF_SIGNED|UNABLE_TO_|HOSTNAME_MISMATCH|INVALID_CA|INVALID_PURPOSE|PATH_LENGTH_EXCEEDED/;

/**
 * Turns what Node's http/tls/net layers throw into a transport error whose
 * message names the remote end and the exact cause, so the delivery log can be
 * acted on without reproducing the send.
 */
export function toHttpTransportError(error: unknown, { host, fallbackRemote }: { host: string; fallbackRemote: string }): HttpTransportError {
  if (error instanceof HttpTransportError) return error;
  const failure = (error instanceof Error ? error : new Error(String(error))) as TSocketError;
  const code = failure.code;
  const remote = remotesOf(failure).join(", ") || fallbackRemote;
  const remoteAddress = failure.address ?? failure.errors?.[0]?.address;
  const make = (kind: HttpTransportError["kind"], message: string) =>
    new HttpTransportError(kind, message, { code, remoteAddress, cause: error });

  if (code === "ECONNREFUSED") return make("refused", `Connection refused by ${remote}`);
  if (code && CERTIFICATE_CODE.test(code)) return make("tls", `TLS certificate problem: ${failure.message} (${code})`);
  if (code && (code.startsWith("ERR_SSL_") || code.startsWith("ERR_TLS_") || code === "EPROTO")) {
    return make("tls", `TLS handshake with ${host} (${remote}) failed: ${failure.message} (${code})`);
  }
  if (code === "ETIMEDOUT") return make("timeout", `Timed out connecting to ${host} (${remote}) (ETIMEDOUT)`);
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") return make("network", `No route to ${host} (${remote}) (${code})`);
  if (code === "ECONNRESET" && failure.message === "socket hang up") {
    return make("network", `${host} (${remote}) closed the connection without answering (socket hang up)`);
  }
  if (code === "ECONNRESET") return make("network", `${host} (${remote}) reset the connection (ECONNRESET)`);
  if (code?.startsWith("HPE_")) return make("network", `${host} sent an invalid HTTP response: ${failure.message} (${code})`);
  return make("network", `Connection to ${host} (${remote}) failed: ${failure.message}${code ? ` (${code})` : ""}`);
}

/** "ip:port" for each address Node tried (several when it raced IPv4 and IPv6). */
function remotesOf(error: TSocketError): string[] {
  const attempts = error.errors?.length ? error.errors : [error];
  return attempts.filter((attempt) => attempt.address).map((attempt) => formatRemote(attempt.address ?? "", attempt.port));
}

export function formatRemote(address: string, port: number | undefined): string {
  const host = address.includes(":") ? `[${address}]` : address;
  return port === undefined ? host : `${host}:${port}`;
}
