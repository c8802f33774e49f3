import type { CaughtEmail } from "@/server/db/client";

/** A row of the mail catcher's list: who, what and when, not the message. */
export type TCaughtEmailListItem = { id: number; mail_from: string; rcpt_to: string[]; subject: string; received_at: string };

export function toCaughtEmailListItem(email: Pick<CaughtEmail, "id" | "mailFrom" | "rcptTo" | "subject" | "receivedAt">): TCaughtEmailListItem {
  return { id: email.id, mail_from: email.mailFrom, rcpt_to: email.rcptTo, subject: email.subject, received_at: email.receivedAt.toISOString() };
}

export type TCaughtEmailView = TCaughtEmailListItem & {
  message_id: string | null;
  html: string | null;
  text: string | null;
  headers: Record<string, string>;
  raw: string;
};

export function toCaughtEmailView(email: CaughtEmail): TCaughtEmailView {
  return {
    ...toCaughtEmailListItem(email),
    message_id: email.messageId,
    html: email.html,
    text: email.text,
    headers: stringHeaders(email.headers),
    raw: email.raw,
  };
}

/** Stored as JSON by the catcher; anything but a flat object of strings is shown as text rather than trusted. */
function stringHeaders(headers: CaughtEmail["headers"]): Record<string, string> {
  if (!headers || typeof headers !== "object" || Array.isArray(headers)) return {};
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, typeof value === "string" ? value : JSON.stringify(value)]));
}
