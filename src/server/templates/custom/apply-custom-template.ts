import { appUrl, env } from "@/env";
import { expiringCache } from "@/server/cache/expiring-cache";
import { db, type Notification } from "@/server/db/client";
import { renderJsonTemplate } from "@/server/templates/liquid/render-json-template";
import { renderTemplate } from "@/server/templates/liquid/render-template";
import type { TTemplateContext } from "@/server/templates/liquid/build-template-context";
import { currentBrand } from "./branding";
import { chooseTemplate } from "./choose-template";
import { notificationTemplateContext } from "./notification-template-context";
import { activeCustomVariables, type TActiveTemplate } from "./template-cache";
import type { TTemplateBodies, TTemplateChannel } from "./template-input-schema";

/** What a custom template produced for one channel. */
export type TCustomContent =
  | { channel: "email"; subject: string; heading: string; html: string; text: string | null }
  | { channel: "slack"; text: string; blocks: unknown[] | null }
  | { channel: "teams"; text: string; card: Record<string, unknown> | null }
  | { channel: "webhook"; payload: Record<string, unknown> }
  | { channel: "sms"; text: string };

/**
 * The custom template's words for `notification` on `channel`, or null for
 * the built-in template — because none applies, or because the one that
 * applies failed to render. A failure never stops the send: the built-in
 * template goes out, the notification records the fallback and why, and the
 * template's failure counter goes up.
 */
export async function applyCustomTemplate(notification: Notification, channel: TTemplateChannel): Promise<TCustomContent | null> {
  const template = await chooseTemplate({ templateKey: notification.templateKey, notificationType: notification.notificationType, channel });
  if (!template) return null;
  try {
    const context = await contextFor(notification);
    const content = renderChannel(template.bodies, channel, context);
    await db().notification.update({ where: { id: notification.id }, data: { templateKey: template.key, templateVersion: template.version, templateFallback: null } });
    return content;
  } catch (error) {
    await recordFallback(notification, template, error);
    return null;
  }
}

/** Renders one channel's body; exported for previews, which use sample or real contexts. */
export function renderChannel(bodies: TTemplateBodies, channel: TTemplateChannel, context: TTemplateContext): TCustomContent {
  switch (channel) {
    case "email": {
      const body = required(bodies.email, channel);
      const subject = renderTemplate(body.subject, context, { mode: "text" }).replace(/\s+/g, " ").trim();
      return {
        channel,
        subject,
        heading: body.heading ? renderTemplate(body.heading, context, { mode: "text" }).trim() || subject : subject,
        html: renderTemplate(body.html, context, { mode: "html" }),
        text: body.text ? renderTemplate(body.text, context, { mode: "text" }) : null,
      };
    }
    case "slack": {
      const body = required(bodies.slack, channel);
      const blocks = body.blocks ? renderJsonTemplate(body.blocks, context) : null;
      const list = blocks && typeof blocks === "object" && !Array.isArray(blocks) && Array.isArray(blocks.blocks) ? blocks.blocks : blocks;
      return { channel, text: renderTemplate(body.text, context, { mode: "text" }), blocks: Array.isArray(list) ? list : null };
    }
    case "teams": {
      const body = required(bodies.teams, channel);
      const card = body.card ? renderJsonTemplate(body.card, context) : null;
      return { channel, text: renderTemplate(body.text, context, { mode: "text" }), card: card && typeof card === "object" && !Array.isArray(card) ? card : null };
    }
    case "webhook": {
      const payload = renderJsonTemplate(required(bodies.webhook, channel).payload, context);
      if (!payload || typeof payload !== "object" || Array.isArray(payload)) throw new Error("the webhook payload did not render to a JSON object");
      return { channel, payload };
    }
    case "sms":
      return { channel, text: renderTemplate(required(bodies.sms, channel).text, context, { mode: "text" }).trim() };
  }
}

function required<T>(body: T | undefined, channel: string): T {
  if (!body) throw new Error(`the template has no ${channel} body`);
  return body;
}

async function contextFor(notification: Notification): Promise<TTemplateContext> {
  const [brand, custom, recipient] = await Promise.all([currentBrand(), activeCustomVariables(), recipientOf(notification.recipientEmail)]);
  return notificationTemplateContext(notification, recipient, { appUrl: appUrl(), environment: env().NODE_ENV, productName: brand.productName }, custom);
}

/** A recipient's name and zone change rarely; a minute-old answer saves a query per send. */
const recipients = expiringCache<{ name: string | null; email: string | null; timezone: string }>(60_000, 10_000);

function recipientOf(email: string | null) {
  if (!email) return Promise.resolve({ name: null, email: null, timezone: env().DEFAULT_TIME_ZONE });
  return recipients.get(email.toLowerCase(), async (address) => {
    const user = await db().user.findUnique({ where: { email: address }, select: { name: true, preferences: { select: { timezone: true } } } });
    return { name: user?.name ?? null, email: address, timezone: user?.preferences?.timezone ?? env().DEFAULT_TIME_ZONE };
  });
}

async function recordFallback(notification: Notification, template: TActiveTemplate, error: unknown): Promise<void> {
  const message = `Template "${template.key}" v${template.version} failed to render; the built-in template was sent: ${error instanceof Error ? error.message : String(error)}`.slice(0, 1_000);
  console.error(`[templates] notification ${notification.id}: ${message}`);
  await db().$transaction([
    db().notification.update({ where: { id: notification.id }, data: { templateKey: template.key, templateVersion: template.version, templateFallback: message } }),
    db().messageTemplate.update({ where: { id: template.id }, data: { failureCount: { increment: 1 }, lastFailureAt: new Date(), lastFailureMessage: message } }),
  ]);
}
