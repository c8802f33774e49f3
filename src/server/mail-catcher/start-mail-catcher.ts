import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { formatBytes } from "@/server/attachments/format-bytes";
import { db, type Prisma } from "@/server/db/client";
import { CATCHER_RETENTION, purgeCaughtEmails, type TCatcherRetention } from "./purge-caught-emails";

// Purging after every message would double the catcher's writes under load; a
// second's delay lets a burst past the count limit only briefly.
const PURGE_DELAY_MS = 1_000;

/**
 * The development mail catcher: a real SMTP server on loopback that accepts
 * every message up to `maxMessageBytes` (bigger ones get 552, as a real server
 * answers) and stores it in `caught_emails`, where admins read it in the UI.
 * Old mail is purged (`retention`), so a long-running catcher cannot fill the disk.
 */
export async function startMailCatcher(options: {
  port: number;
  host?: string;
  maxMessageBytes: number;
  retention?: TCatcherRetention;
}): Promise<{ port: number; stop: () => Promise<void> }> {
  const { maxMessageBytes } = options;
  const retention = options.retention ?? CATCHER_RETENTION;
  let purgeTimer: NodeJS.Timeout | undefined;
  const purgeSoon = () => {
    purgeTimer ??= setTimeout(() => {
      purgeTimer = undefined;
      purgeCaughtEmails(retention).catch((error: unknown) => console.error("[mail-catcher] purge failed:", error));
    }, PURGE_DELAY_MS);
  };
  await purgeCaughtEmails(retention);

  const server = new SMTPServer({
    name: "notify-mail-catcher",
    banner: "OpsConductor Notify mail catcher",
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    size: maxMessageBytes,
    onAuth: (_auth, _session, callback) => callback(null, { user: "catcher" }),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let bytes = 0;
      stream.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        // Past the limit the rest is read and dropped: nothing big is held in memory.
        if (bytes <= maxMessageBytes) chunks.push(chunk);
      });
      stream.on("end", () => {
        if (stream.sizeExceeded || bytes > maxMessageBytes) {
          const message = `Message too large for the mail catcher: the limit is ${formatBytes(maxMessageBytes)} (MAIL_CATCHER_MAX_MESSAGE_BYTES)`;
          callback(Object.assign(new Error(message), { responseCode: 552 }));
          return;
        }
        storeMessage(Buffer.concat(chunks), session.envelope).then(
          (id) => {
            purgeSoon();
            callback(null, `Ok: caught as #${id}`);
          },
          (error: unknown) => callback(Object.assign(new Error(`Could not store message: ${String(error)}`), { responseCode: 451 })),
        );
      });
    },
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  server.on("error", (error) => console.error("[mail-catcher]", error));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const stop = () => {
    clearTimeout(purgeTimer);
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { port, stop };
}

type TEnvelope = { mailFrom: false | { address: string }; rcptTo: { address: string }[] };

async function storeMessage(raw: Buffer, envelope: TEnvelope): Promise<number> {
  const parsed = await simpleParser(raw);
  const headers: Record<string, string> = {};
  for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(":") + 1).trim();
  const row = await db().caughtEmail.create({
    data: {
      mailFrom: envelope.mailFrom ? envelope.mailFrom.address : "",
      rcptTo: envelope.rcptTo.map((rcpt) => rcpt.address),
      subject: parsed.subject ?? "(no subject)",
      messageId: parsed.messageId ?? null,
      html: typeof parsed.html === "string" ? parsed.html : null,
      text: parsed.text ?? null,
      headers: headers as Prisma.InputJsonObject,
      raw: raw.toString("utf8"),
    },
    select: { id: true },
  });
  return row.id;
}
