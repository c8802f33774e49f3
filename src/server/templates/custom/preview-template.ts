import { z } from "zod";
import { appUrl, env } from "@/env";
import { toChannelMessage, type TChannelMessage } from "@/server/channels/channel-message";
import { buildSlackMessage } from "@/server/channels/slack/build-slack-message";
import { fitSms } from "@/server/channels/sms/fit-sms";
import { buildTeamsMessage } from "@/server/channels/teams/build-teams-message";
import { buildWebhookPayload } from "@/server/channels/webhook/build-webhook-payload";
import type { Notification } from "@/server/db/client";
import { ZEventId } from "@/server/events/event-schema";
import { parseInput } from "@/server/errors/app-error";
import { eventNotificationContent } from "@/server/routing/event-notification-content";
import { renderCustomNotificationEmail } from "@/server/templates/render-email";
import { currentBrand } from "./branding";
import { renderChannel } from "./apply-custom-template";
import { notificationTemplateContext } from "./notification-template-context";
import { previewEvent } from "./preview-event";
import { activeCustomVariables } from "./template-cache";
import { TEMPLATE_CHANNELS, ZTemplateBodies, ZTemplateKey } from "./template-input-schema";
import { getTemplate } from "./template-queries";
import { templateInvalid, validateTemplateBodies } from "./validate-template-input";

export const ZPreviewTemplateRequest = z
  .strictObject({
    /** An unsaved template's bodies (the editor's current text), or… */
    bodies: z.unknown().optional(),
    /** …a saved template by key. */
    key: ZTemplateKey.optional(),
    channel: z.enum(TEMPLATE_CHANNELS, `must be one of ${TEMPLATE_CHANNELS.join(", ")}`),
    sample: z.enum(["job-succeeded", "job-failed", "critical-alert"]).optional(),
    event_id: ZEventId.optional(),
    event: z.unknown().optional(),
    /** Whose zone and name the preview uses; the caller's by default. */
    recipient: z.object({ email: z.email().nullable(), name: z.string().nullable(), timezone: z.string() }).optional(),
  })
  .refine((request) => (request.bodies === undefined) !== (request.key === undefined), { path: ["bodies"], message: "give either bodies or key" });
export type TPreviewTemplateRequest = z.input<typeof ZPreviewTemplateRequest>;

/**
 * Exactly what would be sent for the event on the channel — the email's
 * subject, HTML and text, or the chat/webhook JSON, or the SMS text with its
 * parts — rendered through the same code as a real send, sending nothing.
 */
export async function previewTemplate(input: TPreviewTemplateRequest | unknown) {
  const rendered = await renderPreview(parseInput(ZPreviewTemplateRequest, input));
  if (rendered.channel === "email") return { channel: "email" as const, email: rendered.email };
  const { message } = rendered;
  switch (rendered.channel) {
    case "slack":
      return { channel: "slack" as const, payload: buildSlackMessage(message) };
    case "teams":
      return { channel: "teams" as const, payload: buildTeamsMessage(message) };
    case "webhook":
      return { channel: "webhook" as const, payload: buildWebhookPayload(message, "created") };
    case "sms": {
      const sms = fitSms(message);
      return { channel: "sms" as const, sms: { text: sms.body, segments: sms.segments, encoding: sms.encoding, truncated: sms.truncated } };
    }
  }
}
export type TTemplatePreview = Awaited<ReturnType<typeof previewTemplate>>;

/** The response schema of TTemplatePreview: one shape per channel. */
export const ZTemplatePreview = z.discriminatedUnion("channel", [
  z.object({ channel: z.literal("email"), email: z.object({ subject: z.string(), html: z.string(), text: z.string() }) }),
  z.object({ channel: z.enum(["slack", "teams", "webhook"]), payload: z.record(z.string(), z.unknown()).meta({ description: "The JSON body the channel would receive" }) }),
  z.object({ channel: z.literal("sms"), sms: z.object({ text: z.string(), segments: z.number().int(), encoding: z.string(), truncated: z.boolean() }) }),
]);

export type TRenderedPreview =
  | { channel: "email"; email: { subject: string; html: string; text: string } }
  | { channel: "slack" | "teams" | "webhook" | "sms"; message: TChannelMessage };

/** The rendered email, or the channel message (with the template's content) that the adapters turn into a payload. */
export async function renderPreview(request: z.output<typeof ZPreviewTemplateRequest>): Promise<TRenderedPreview> {
  const bodies = request.key ? (await getTemplate(request.key)).bodies : parseInput(ZTemplateBodies, request.bodies);
  if (!bodies[request.channel]) throw templateInvalid([{ path: `bodies.${request.channel}`, message: `the template has no ${request.channel} body` }]);
  const { errors } = await validateTemplateBodies({ [request.channel]: bodies[request.channel] });
  if (errors.length) throw templateInvalid(errors);

  const { id, event } = await previewEvent(request);
  const [brand, custom] = await Promise.all([currentBrand(), activeCustomVariables()]);
  const notification = {
    id: 0,
    eventId: id,
    recipientEmail: request.recipient?.email ?? null,
    createdAt: new Date(),
    ...eventNotificationContent(id, event, event.severity),
  } as unknown as Notification;
  const recipient = request.recipient ?? { email: null, name: null, timezone: env().DEFAULT_TIME_ZONE };
  const context = notificationTemplateContext(notification, recipient, { appUrl: appUrl(), environment: env().NODE_ENV, productName: brand.productName }, custom);
  const content = renderChannel(bodies, request.channel, context);
  if (content.channel === "email") {
    const email = await renderCustomNotificationEmail({ notification, appUrl: appUrl(), timeZone: recipient.timezone, brand }, content);
    return { channel: "email", email: { subject: email.subject, html: email.html, text: email.text } };
  }
  return { channel: content.channel, message: { ...toChannelMessage(notification, appUrl()), productName: brand.productName, custom: content } };
}
