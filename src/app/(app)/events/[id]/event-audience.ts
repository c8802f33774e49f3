/** The recipients an event named itself ({"user": …}, {"role": …}, {"channel_name": …}, {"email": …}) as short text. */
export function describeAudience(recipients: readonly unknown[]): string {
  return recipients.map(describeTarget).filter(Boolean).join(", ");
}

function describeTarget(target: unknown): string {
  if (!target || typeof target !== "object") return "";
  const entry = target as Record<string, unknown>;
  if (entry.user !== undefined) return `user ${String(entry.user)}`;
  if (typeof entry.role === "string") return `role ${entry.role}`;
  if (typeof entry.channel_name === "string") return `channel ${entry.channel_name}`;
  if (typeof entry.email === "string") return entry.email;
  return "";
}
