import nodemailer from "nodemailer";
import { afterAll, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { waitFor } from "./support/wait-for";

// The built-in catcher, when it is on, is bounded: a size limit per message and a retention.
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;

const { db, disconnectDb } = await import("@/server/db/client");
const { startMailCatcher } = await import("@/server/mail-catcher/start-mail-catcher");
const { purgeCaughtEmails } = await import("@/server/mail-catcher/purge-caught-emails");

const retention = { maxAgeMs: 3_600_000, maxCount: 3 };
const catcher = await startMailCatcher({ port: 0, maxMessageBytes: 64 * 1024, retention });
const transport = nodemailer.createTransport({ host: "127.0.0.1", port: catcher.port, secure: false, ignoreTLS: true });

afterAll(async () => {
  transport.close();
  await catcher.stop();
  await disconnectDb();
  await scratch.drop();
});

const send = (subject: string, text = "Build 42 passed.") => transport.sendMail({ from: "notify@example.com", to: "ops@example.com", subject, text });

it("[safe defaults] refuses a message over its size limit with SMTP 552, and stores nothing of it", async () => {
  const refused = await send("Huge log", "x".repeat(200 * 1024)).catch((error: { responseCode?: number; response?: string }) => error);
  expect(refused).toMatchObject({ responseCode: 552, response: expect.stringContaining("the limit is 64 KB (MAIL_CATCHER_MAX_MESSAGE_BYTES)") });
  expect(await db().caughtEmail.count()).toBe(0);

  await send("Small");
  expect(await db().caughtEmail.count()).toBe(1);
});

it("[safe defaults] purges mail past its age and beyond its count", async () => {
  await db().caughtEmail.deleteMany();
  const old = new Date(Date.now() - 2 * 3_600_000);
  await db().caughtEmail.create({ data: { mailFrom: "a@example.com", rcptTo: ["b@example.com"], subject: "Old", headers: {}, raw: "", receivedAt: old } });
  for (let i = 1; i <= 4; i++) await db().caughtEmail.create({ data: { mailFrom: "a@example.com", rcptTo: ["b@example.com"], subject: `New ${i}`, headers: {}, raw: "" } });

  expect(await purgeCaughtEmails(retention)).toBe(2);
  const left = await db().caughtEmail.findMany({ orderBy: { id: "asc" }, select: { subject: true } });
  expect(left.map((email) => email.subject)).toEqual(["New 2", "New 3", "New 4"]);

  // The running catcher trims after what it stores on its own.
  for (let i = 1; i <= 3; i++) await send(`Burst ${i}`);
  await waitFor(async () => (await db().caughtEmail.count()) === 3, 5_000, "the catcher to purge");
  const kept = await db().caughtEmail.findMany({ orderBy: { id: "asc" }, select: { subject: true } });
  expect(kept.map((email) => email.subject)).toEqual(["Burst 1", "Burst 2", "Burst 3"]);
});
