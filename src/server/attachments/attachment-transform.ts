/**
 * What was done to an attachment before it was stored, as kept in
 * NotificationAttachment.transform: "gzip", "tail:500/120345" (the last 500 of
 * 120,345 lines) or "tail:500/120345+gzip" (cut first, then compressed). The
 * line count rides along so the email can say what was left out.
 */
export type TAttachmentTransform = "gzip" | `tail:${number}/${number}` | `tail:${number}/${number}+gzip`;

export type TTransformSteps = { tail: { keptLines: number; totalLines: number } | null; gzip: boolean };

export function formatTransform(steps: TTransformSteps): TAttachmentTransform | null {
  const tail = steps.tail && (`tail:${steps.tail.keptLines}/${steps.tail.totalLines}` as const);
  if (tail) return steps.gzip ? `${tail}+gzip` : tail;
  return steps.gzip ? "gzip" : null;
}

/** The steps behind a stored transform; unknown text reads as "sent as given". */
export function parseTransform(transform: string | null): TTransformSteps {
  const match = /^(?:tail:(\d+)\/(\d+))?(\+?gzip)?$/.exec(transform ?? "");
  if (!transform || !match) return { tail: null, gzip: false };
  const [, kept, total, gzip] = match;
  return {
    tail: kept && total ? { keptLines: Number(kept), totalLines: Number(total) } : null,
    gzip: Boolean(gzip),
  };
}
