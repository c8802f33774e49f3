import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** Test-only receivers for the HTTP transport's tests; nothing in the app imports this. */

export type TReceivedRequest = { method: string; path: string; headers: http.IncomingHttpHeaders; body: string };
export type TReceiverHandler = (request: TReceivedRequest, response: http.ServerResponse) => void;
export type TReceiver = { port: number; origin: string; requests: TReceivedRequest[]; close: () => Promise<void> };

/** An HTTP(S) server that records each request and lets `handler` answer (200 "ok" by default). */
export async function startReceiver(
  handler: TReceiverHandler = (_request, response) => response.end("ok"),
  { host = "127.0.0.1", port = 0, tls }: { host?: string; port?: number; tls?: { key: string; cert: string } } = {},
): Promise<TReceiver> {
  const requests: TReceivedRequest[] = [];
  const listener: http.RequestListener = (incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const received = { method: incoming.method ?? "", path: incoming.url ?? "", headers: incoming.headers, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(received);
      handler(received, response);
    });
  };
  const server = tls ? https.createServer(tls, listener) : http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const actualPort = (server.address() as net.AddressInfo).port;
  return {
    port: actualPort,
    origin: `${tls ? "https" : "http"}://${host}:${actualPort}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export type TConnectionCounter = { port: number; connections: () => number; close: () => Promise<void> };

/** A TCP listener that never speaks: it only proves whether anything connected to it. */
export async function startConnectionCounter({ host = "127.0.0.1", port = 0 }: { host?: string; port?: number } = {}): Promise<TConnectionCounter> {
  const sockets = new Set<net.Socket>();
  let count = 0;
  const server = net.createServer((socket) => {
    count += 1;
    sockets.add(socket);
    socket.on("error", () => undefined);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => count,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A throwaway self-signed certificate, made by the openssl CLI. */
export function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "notify-http-test-"));
  try {
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj", "/CN=notify-test"]
        .concat(["-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")]),
      { stdio: "ignore" },
    );
    return { key: readFileSync(path.join(dir, "key.pem"), "utf8"), cert: readFileSync(path.join(dir, "cert.pem"), "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
