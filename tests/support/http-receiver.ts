import http from "node:http";

export type TReceived = { path: string; headers: http.IncomingHttpHeaders; body: string; at: number };
export type TReply = { status: number; body?: string; headers?: Record<string, string> };

/**
 * A real HTTP server on loopback standing in for Slack, Teams or a webhook
 * receiver. `reply(request)` decides each answer; every request is recorded.
 */
export async function startHttpReceiver(reply: (request: TReceived) => TReply | Promise<TReply> = () => ({ status: 200, body: "ok" })) {
  const received: TReceived[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const entry = { path: request.url ?? "/", headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() };
      received.push(entry);
      const answer = await reply(entry);
      response.writeHead(answer.status, { "content-type": "text/plain", ...answer.headers });
      response.end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    receivedOn: (path: string) => received.filter((entry) => entry.path === path),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
