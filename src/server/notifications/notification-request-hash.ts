import { createHash } from "node:crypto";
import stringify from "safe-stable-stringify";
import type { TAttachmentUpload } from "@/server/attachments/prepare-attachments";
import type { ZCreateNotificationRequest } from "./schemas";
import type { z } from "zod";

/** Fingerprint of a notification request (keys sorted, files by content), to tell a retry from another request under the same key. */
export function notificationRequestHash(request: z.output<typeof ZCreateNotificationRequest>, attachments: TAttachmentUpload[]): string {
  const files = attachments.map(({ field: _field, content, ...file }) => ({ ...file, sha256: createHash("sha256").update(content).digest("hex") }));
  return createHash("sha256").update(stringify({ request, files }) ?? "").digest("hex");
}
