import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { db, type Prisma } from "@/server/db/client";

const MAX_MESSAGE_BYTES = 30 * 1024 * 1024;

/**
 * The development mail catcher: a real SMTP server on loopback that accepts
 * every message and stores it in `caught_emails`, where admins read it in the UI.
 */
export async function startMailCatcher(options: { port: number; host?: string }): Promise<{ port: number; stop: () => Promise<void> }> {
  const server = new SMTPServer({
    name: "notify-mail-catcher",
    banner: "OpsConductor Notify mail catcher",
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    size: MAX_MESSAGE_BYTES,
    onAuth: (_auth, _session, callback) => callback(null, { user: "catcher" }),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        storeMessage(raw, session.envelope).then(
          (id) => callback(null, `Ok: caught as #${id}`),
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
  return { port, stop: () => new Promise((resolve) => server.close(() => resolve())) };
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
