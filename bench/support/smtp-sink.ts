import { SMTPServer } from "smtp-server";

export const MESSAGE_KEY_HEADER = "X-OpsConductor-Notification-Id";
const KEY_PATTERN = new RegExp(`^${MESSAGE_KEY_HEADER}:[ \\t]*(\\S+)`, "im");
const HEADER_LIMIT = 64 * 1024;

export type TSmtpSink = {
  url: string;
  /** performance.now() at which each message was accepted, by its X-OpsConductor-Notification-Id. */
  accepted: Map<string, number>;
  /** Messages accepted that carried no key (should stay 0). */
  unkeyed: () => number;
  /** Resolves once every key is in `accepted`; rejects after `timeoutMs` without progress. */
  waitFor: (keys: Iterable<string>, timeoutMs?: number) => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * An SMTP server on loopback that accepts everything, keeps only the accept
 * time of each message (bodies are read to their end and dropped) and finds
 * the message by its notification-id header.
 */
export async function startSmtpSink(): Promise<TSmtpSink> {
  const accepted = new Map<string, number>();
  const listeners = new Set<(key: string) => void>();
  let unkeyed = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 50 * 1024 * 1024,
    onData(stream, _session, callback) {
      let head = "";
      let key: string | undefined;
      stream.on("data", (chunk: Buffer) => {
        if (key !== undefined || head.length > HEADER_LIMIT) return;
        head += chunk.toString("latin1");
        key = KEY_PATTERN.exec(head.split("\r\n\r\n", 1)[0] ?? "")?.[1];
      });
      stream.on("end", () => {
        if (key === undefined) unkeyed += 1;
        else {
          accepted.set(key, performance.now());
          for (const listener of listeners) listener(key);
        }
        callback(null, "2.0.0 accepted by the bench sink");
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  if (!address || typeof address !== "object") throw new Error("The SMTP sink did not bind a port");

  return {
    url: `smtp://127.0.0.1:${address.port}`,
    accepted,
    unkeyed: () => unkeyed,
    waitFor(keys, timeoutMs = 60_000) {
      const missing = new Set([...keys].filter((key) => !accepted.has(key)));
      if (missing.size === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        let lastProgress = Date.now();
        const finish = (error?: Error) => {
          clearInterval(watchdog);
          listeners.delete(listener);
          if (error) reject(error);
          else resolve();
        };
        const listener = (key: string) => {
          if (!missing.delete(key)) return;
          lastProgress = Date.now();
          if (missing.size === 0) finish();
        };
        const watchdog = setInterval(() => {
          if (Date.now() - lastProgress > timeoutMs) {
            finish(new Error(`${missing.size} message(s) never reached the SMTP sink (no progress for ${timeoutMs / 1000} s)`));
          }
        }, 500);
        listeners.add(listener);
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
