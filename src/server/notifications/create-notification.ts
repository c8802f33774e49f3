import { db, Prisma, type Notification } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { JOB_PRIORITY } from "./priority";
import { ZCreateNotificationRequest, ZIdempotencyKey, type TCreateNotificationRequest } from "./schemas";

export type TCreateNotificationResult = { notification: Notification; created: boolean };

/**
 * Stores a notification and enqueues its delivery in one transaction: either
 * both exist or neither does. With an idempotency key, a repeated call by the
 * same API key returns the first notification and creates nothing.
 */
export async function createNotification(options: {
  input: TCreateNotificationRequest | unknown;
  apiKeyId?: number;
  idempotencyKey?: string | null;
}): Promise<TCreateNotificationResult> {
  const request = parseInput(ZCreateNotificationRequest, options.input);
  const idempotencyKey = options.idempotencyKey == null ? null : parseInput(ZIdempotencyKey, options.idempotencyKey);
  const apiKeyId = options.apiKeyId ?? null;

  const findPrevious = () =>
    idempotencyKey && apiKeyId !== null
      ? db().notification.findUnique({ where: { apiKeyId_idempotencyKey: { apiKeyId, idempotencyKey } } })
      : null;

  const previous = await findPrevious();
  if (previous) return { notification: previous, created: false };

  try {
    const notification = await db().$transaction(async (tx) => {
      const row = await tx.notification.create({
        data: {
          recipientEmail: request.recipient_email,
          subject: request.subject,
          body: request.body,
          notificationType: request.notification_type,
          priority: request.priority,
          jobRunId: request.job_run_id ?? null,
          metadata: request.metadata as Prisma.InputJsonObject,
          apiKeyId,
          idempotencyKey,
        },
      });
      await enqueueJob(tx, "deliverySend", { notificationId: row.id }, { priority: JOB_PRIORITY[row.priority] });
      return row;
    });
    return { notification, created: true };
  } catch (error) {
    // Two concurrent requests with one key: the loser returns the winner's row.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await findPrevious();
      if (winner) return { notification: winner, created: false };
    }
    throw error;
  }
}
