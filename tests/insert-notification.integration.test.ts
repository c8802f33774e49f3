import { afterAll, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";

const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;

const { db, disconnectDb } = await import("@/server/db/client");
const { insertNotificationsWithDelivery } = await import("@/server/notifications/insert-notification");
const { insertNotificationBatched } = await import("@/server/notifications/insert-notification-batched");

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
const jobFor = async (id: number) =>
  db().$queryRaw<TJobRow[]>`
    select t.identifier as task_identifier, j.payload, j.key, j.priority, j.flags
      from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
     where j.key = ${`delivery:${id}`}`;
const jobCount = async () => (await db().$queryRaw<{ count: number }[]>`select count(*)::int as count from graphile_worker._private_jobs`)[0]?.count;

async function createApiKey(name: string) {
  return db().apiKey.create({ data: { name, prefix: "onk_test", secretHash: `${name}-hash`, scopes: ["notifications:write"] } });
}

it("returns each row exactly as Prisma reads it, in input order, each with its delivery job", async () => {
  const [alert, routine] = await insertNotificationsWithDelivery(db(), [data, { ...data, subject: "Backup done", priority: "LOW", destinationKey: "slack:adhoc:abc", channel: "SLACK" }]);
  expect(alert).toEqual(await db().notification.findUnique({ where: { id: alert!.id } }));
  expect(alert).toMatchObject({ subject: "Backup failed", status: "PENDING", priority: "HIGH", channel: "EMAIL", metadata: data.metadata, retryCount: 0 });
  expect(routine).toEqual(await db().notification.findUnique({ where: { id: routine!.id } }));
  expect(routine).toMatchObject({ subject: "Backup done", priority: "LOW", channel: "SLACK" });

  expect(await jobFor(alert!.id)).toEqual([
    { task_identifier: "delivery__send", payload: { notificationId: alert!.id }, key: `delivery:${alert!.id}`, priority: -5, flags: { delivery: true, "transport:smtp": true } },
  ]);
  expect(await jobFor(routine!.id)).toMatchObject([{ payload: { notificationId: routine!.id }, priority: 5, flags: { delivery: true, "transport:slack:adhoc:abc": true } }]);
});

it("creates nothing for an idempotency key already used, also twice in one batch, and reports it with null", async () => {
  const key = await createApiKey("idempotent");
  const keyed = { ...data, apiKeyId: key.id, idempotencyKey: "backup-run-7" };
  const [first] = await insertNotificationsWithDelivery(db(), [keyed]);
  expect(first).not.toBeNull();
  const jobsBefore = await jobCount();

  const [again, fresh, freshTwice] = await insertNotificationsWithDelivery(db(), [keyed, { ...keyed, idempotencyKey: "backup-run-8" }, { ...keyed, idempotencyKey: "backup-run-8" }]);
  expect(again).toBeNull();
  expect(fresh).toMatchObject({ idempotencyKey: "backup-run-8" });
  expect(freshTwice).toBeNull();
  expect(await db().notification.count({ where: { apiKeyId: key.id } })).toBe(2);
  expect(await jobCount()).toBe((jobsBefore ?? 0) + 1);
});

it("inside a failing transaction leaves neither the notification nor its job", async () => {
  const before = { notifications: await db().notification.count(), jobs: await jobCount() };
  await expect(
    db().$transaction(async (tx) => {
      await insertNotificationsWithDelivery(tx, [{ ...data, subject: "rolled back" }]);
      throw new Error("attachment storage failed");
    }),
  ).rejects.toThrow("attachment storage failed");
  expect({ notifications: await db().notification.count(), jobs: await jobCount() }).toEqual(before);
});

it("groups concurrent inserts, gives each caller its own row, and fails only the row that cannot be stored", async () => {
  const subjects = Array.from({ length: 40 }, (_, index) => `Job ${index} done`);
  const results = await Promise.allSettled([
    ...subjects.map((subject) => insertNotificationBatched({ ...data, subject })),
    // A channel deleted between the request's check and the insert: a foreign key violation.
    insertNotificationBatched({ ...data, subject: "to a deleted channel", channel: "SLACK", channelId: 999_999, destinationKey: "slack:channel:999999" }),
  ]);
  const rejected = results.pop();
  expect(rejected?.status).toBe("rejected");
  expect(results.map((result) => (result.status === "fulfilled" ? result.value?.subject : result.reason))).toEqual(subjects);
  const ids = results.map((result) => (result.status === "fulfilled" ? result.value?.id : null));
  expect(new Set(ids).size).toBe(subjects.length);
  for (const id of ids) expect(await jobFor(id!)).toHaveLength(1);
  expect(await db().notification.count({ where: { subject: "to a deleted channel" } })).toBe(0);
});
