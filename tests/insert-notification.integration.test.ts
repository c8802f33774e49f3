import { afterAll, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";

const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;

const { db, disconnectDb } = await import("@/server/db/client");
const { insertNotificationWithDelivery } = await import("@/server/notifications/insert-notification");

afterAll(async () => {
  await disconnectDb();
  await scratch.drop();
});

const data = {
  channel: "EMAIL" as const,
  recipientEmail: "oncall@example.com",
  channelId: null,
  destinationEncrypted: null,
  destinationKey: null,
  subject: "Backup failed",
  body: "pg_dump exited with 1",
  notificationType: "job_failed",
  priority: "HIGH" as const,
  jobRunId: "run-7",
  metadata: { job: { name: "nightly-db-backup", host: "db-01" }, tags: ["prod"] },
  apiKeyId: null,
  idempotencyKey: null,
};

type TJobRow = { task_identifier: string; payload: unknown; key: string | null; priority: number; flags: Record<string, boolean> | null };
const jobsFor = (id: number) =>
  db().$queryRaw<TJobRow[]>`
    select t.identifier as task_identifier, j.payload, j.key, j.priority, j.flags
      from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
     where j.key = ${`delivery:${id}`}`;

it("returns the row exactly as Prisma reads it, with its delivery job queued by the same statement", async () => {
  const created = await insertNotificationWithDelivery(db(), data);
  expect(created).not.toBeNull();
  expect(created).toEqual(await db().notification.findUnique({ where: { id: created!.id } }));
  expect(created).toMatchObject({ status: "PENDING", priority: "HIGH", channel: "EMAIL", metadata: data.metadata, retryCount: 0 });

  expect(await jobsFor(created!.id)).toEqual([
    { task_identifier: "delivery__send", payload: { notificationId: created!.id }, key: `delivery:${created!.id}`, priority: -5, flags: { delivery: true, "transport:smtp": true } },
  ]);
});

it("creates nothing on a repeated idempotency key and reports it with null", async () => {
  const key = await db().apiKey.create({ data: { name: "insert-test", prefix: "onk_test", secretHash: "insert-test-hash", scopes: ["notifications:write"] } });
  const keyed = { ...data, apiKeyId: key.id, idempotencyKey: "backup-run-7", destinationKey: "slack:adhoc:abc", channel: "SLACK" as const };
  const first = await insertNotificationWithDelivery(db(), keyed);
  expect(await jobsFor(first!.id)).toMatchObject([{ flags: { delivery: true, "transport:slack:adhoc:abc": true } }]);

  const jobsBefore = await db().$queryRaw<{ count: number }[]>`select count(*)::int as count from graphile_worker._private_jobs`;
  expect(await insertNotificationWithDelivery(db(), keyed)).toBeNull();
  expect(await db().notification.count({ where: { apiKeyId: key.id } })).toBe(1);
  expect(await db().$queryRaw`select count(*)::int as count from graphile_worker._private_jobs`).toEqual(jobsBefore);
});

it("inside a failing transaction leaves neither the notification nor its job", async () => {
  const before = await db().notification.count();
  await expect(
    db().$transaction(async (tx) => {
      await insertNotificationWithDelivery(tx, { ...data, subject: "rolled back" });
      throw new Error("attachment storage failed");
    }),
  ).rejects.toThrow("attachment storage failed");
  expect(await db().notification.count()).toBe(before);
  expect(await db().$queryRaw`select count(*)::int as count from graphile_worker._private_jobs j where not exists (select 1 from notifications n where j.key = 'delivery:' || n.id)`).toEqual([{ count: 0 }]);
});
