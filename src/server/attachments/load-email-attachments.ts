import { db } from "@/server/db/client";

export type TEmailAttachment = { filename: string; content: Buffer<ArrayBuffer>; contentType: string };

/** The stored files in nodemailer's shape; every attempt sends these same bytes. */
export async function loadEmailAttachments(notificationId: number): Promise<TEmailAttachment[]> {
  const rows = await db().notificationAttachment.findMany({
    where: { notificationId },
    select: { filename: true, contentType: true, content: true },
    orderBy: { id: "asc" },
  });
  return rows.map(({ filename, contentType, content }) => ({
    filename,
    contentType,
    content: Buffer.from(content.buffer, content.byteOffset, content.byteLength),
  }));
}
