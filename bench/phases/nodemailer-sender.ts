/**
 * Child process of the nodemailer baseline:
 *   nodemailer-sender.ts <smtp url> <max connections> <count> <key prefix>
 * Sends the app's rendered sample email `count` times through one pooled
 * transport and prints {"elapsedMs"} (first send to last acceptance).
 */
import nodemailer from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { runClosedLoop } from "../support/load";
import { renderSampleEmail } from "../support/sample-notification";
import { MESSAGE_KEY_HEADER } from "../support/smtp-sink";

const [url = "", connectionsText = "5", countText = "0", prefix = "nodemailer"] = process.argv.slice(2);
const maxConnections = Number(connectionsText);
const count = Number(countText);

const email = await renderSampleEmail();
const transport = nodemailer.createTransport({ url, pool: true, maxConnections, maxMessages: 1000 } as SMTPPool.Options);
const send = (key: string) =>
  transport.sendMail({
    from: "OpsConductor Notify <notify@opsconductor.local>",
    to: "oncall@example.com",
    subject: email.subject,
    html: email.html,
    text: email.text,
    // As the app sends (src/server/channels/email/send-email.ts).
    textEncoding: "base64",
    messageId: `<${key}@opsconductor.local>`,
    headers: { [MESSAGE_KEY_HEADER]: key },
  });

// Opens the pool's connections (and warms the JIT) before the clock starts.
await runClosedLoop(maxConnections * 20, maxConnections * 4, (index) => send(`${prefix}-warmup-${index}`));
const startedAt = performance.now();
await runClosedLoop(count, maxConnections * 4, (index) => send(`${prefix}-${index}`));
const elapsedMs = performance.now() - startedAt;
transport.close();
console.log(JSON.stringify({ elapsedMs }));
