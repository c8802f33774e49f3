import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

export type TCapturedMessage = { envelope: { from: string; to: string[] }; parsed: ParsedMail; raw: string };

/**
 * A real SMTP server on loopback that keeps what it receives, for tests.
 * `options` can override handlers (e.g. onRcptTo to refuse a recipient).
 */
export async function startCaptureSmtp(options: Partial<SMTPServerOptions> = {}, port = 0) {
  const messages: TCapturedMessage[] = [];
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // Pooled clients keep idle connections open; don't wait for them when a test stops the server.
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        messages.push({
          envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address) },
          parsed: await simpleParser(raw),
          raw,
        });
        waiters.splice(0).forEach((wake) => wake());
        callback(null, "Queued as TEST123");
      });
    },
    ...options,
  });
  // A client killed mid-conversation (the worker-crash tests do that) resets its socket; that is
  // the scenario under test, not a failure of the server.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET" && error.code !== "EPIPE") throw error;
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  const boundPort = typeof address === "object" && address ? address.port : port;
  return {
    port: boundPort,
    url: `smtp://127.0.0.1:${boundPort}`,
    messages,
    async waitForMessages(count: number, timeoutMs = 15_000): Promise<TCapturedMessage[]> {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} messages, got ${messages.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return messages;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
