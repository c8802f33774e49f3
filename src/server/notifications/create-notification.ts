import { attachmentLimits } from "@/server/attachments/attachment-limits";
import type { TAttachmentSummary } from "@/server/attachments/attachment-summary";
import { listAttachmentSummaries } from "@/server/attachments/list-attachment-summaries";
import { prepareAttachments, type TAttachmentUpload } from "@/server/attachments/prepare-attachments";
import { db, type Notification, type Prisma } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { refuseNulCharacters } from "@/server/http/parse-json-body";
import { decideDirectEmail } from "@/server/routing/decide-direct-notification";
import { insertNotificationsWithDelivery, type TNewNotification } from "./insert-notification";
import { insertNotificationBatched } from "./insert-notification-batched";
import { resolveAddressing } from "./resolve-addressing";
import { notificationRequestHash } from "./notification-request-hash";
import { ZCreateNotificationRequest, ZIdempotencyKey, type TCreateNotificationRequest } from "./schemas";

// Under a burst the pool can be busy for a moment: wait for a connection rather than failing the request.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

export type TCreateNotificationResult = {
  notification: Notification;
  created: boolean;
  attachments: TAttachmentSummary[];
  /** Why a known user's preferences deferred or suppressed it; null when no preferences applied or on a replay. */
  decision: { outcome: string; reason: string } | null;
};

/**
 * Stores a notification, its attachments and its delivery job atomically:
 * all exist or none do. With an idempotency key, a repeated call
 * by the same API key returns the first notification and creates nothing.
 */
export async function createNotification(options: {
  input: TCreateNotificationRequest | unknown;
  /** Validated files from the request; compressed or cut here to fit the limits. */
  attachments?: TAttachmentUpload[];
  apiKeyId?: number;
  idempotencyKey?: string | null;
}): Promise<TCreateNotificationResult> {
  // Multipart fields and tRPC input reach here without passing parseJsonBody's check.
  refuseNulCharacters(options.input);
  const request = parseInput(ZCreateNotificationRequest, options.input);
  const idempotencyKey = options.idempotencyKey == null ? null : parseInput(ZIdempotencyKey, options.idempotencyKey);
  const apiKeyId = options.apiKeyId ?? null;

  const findPrevious = () =>
    idempotencyKey && apiKeyId !== null
      ? db().notification.findUnique({ where: { apiKeyId_idempotencyKey: { apiKeyId, idempotencyKey } } })
      : null;

  const requestHash = idempotencyKey ? notificationRequestHash(request, options.attachments ?? []) : null;
  const replay = async (notification: Notification) => {
    // Rows stored before fingerprints existed (null) replay as before.
    if (notification.requestHash && notification.requestHash !== requestHash) {
      throw new AppError("UNPROCESSABLE", `Idempotency-Key "${idempotencyKey}" was already used for a different notification (${notification.id}); use a new key for a new notification`, {
        fieldErrors: { "Idempotency-Key": ["was already used for a different notification"] },
      });
    }
    return { notification, created: false, attachments: await listAttachmentSummaries(notification.id), decision: null };
  };
  const previous = await findPrevious();
  if (previous) return replay(previous);

  const addressing = await resolveAddressing(request);
  // Only a plain email to an address (no channel, destination or channel name chosen) follows the recipient's preferences.
  const plainEmail = !request.channel && !request.channel_name && !request.destination && addressing.recipientEmail;
  const direct = plainEmail ? await decideDirectEmail(plainEmail, request.priority) : null;
  const attachments = await prepareAttachments(options.attachments ?? [], attachmentLimits());

  const data: TNewNotification = {
    ...addressing,
    subject: request.subject,
    body: request.body,
    notificationType: request.notification_type,
    priority: request.priority,
    jobRunId: request.job_run_id ?? null,
    metadata: request.metadata as Prisma.InputJsonObject,
    apiKeyId,
    idempotencyKey,
    requestHash,
    ...direct,
  };
  // Without files one statement stores the notification and its job (shared
  // with concurrent requests); with files a transaction holds both back until
  // the attachments are stored too.
  const notification = attachments.length
    ? await db().$transaction(async (tx) => {
        const [row] = await insertNotificationsWithDelivery(tx, [data]);
        if (row) await tx.notificationAttachment.createMany({ data: attachments.map((attachment) => ({ notificationId: row.id, ...attachment })) });
        return row;
      }, TRANSACTION_OPTIONS)
    : await insertNotificationBatched(data);
  if (!notification) {
    // Two concurrent requests with one key: the loser returns the winner's row.
    const winner = await findPrevious();
    if (!winner) throw new Error("An idempotency key conflicted, but no notification holds it");
    return replay(winner);
  }
  const decision = direct?.decision && direct.decision.outcome !== "NOTIFIED" ? { outcome: direct.decision.outcome, reason: direct.decision.reason } : null;
  return { notification, created: true, attachments: attachments.map(({ content: _content, ...summary }) => summary), decision };
}
