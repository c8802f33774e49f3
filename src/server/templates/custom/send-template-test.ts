import { randomUUID } from "node:crypto";
import { env } from "@/env";
import type { TSessionUser } from "@/server/auth/roles";
import { sendEmail } from "@/server/channels/email/send-email";
import { smtpTransport } from "@/server/channels/email/smtp-transport";
import { sendToChannel } from "@/server/channels/send-to-channel";
import { db } from "@/server/db/client";
import { personalDestination } from "@/server/destinations/personal-destination";
import { AppError, parseInput } from "@/server/errors/app-error";
import { takeTestSend } from "@/server/rate-limits/test-send-limits";
import { resolveSmtpConfig } from "@/server/smtp/resolve-smtp-config";
import { renderPreview, ZPreviewTemplateRequest, type TPreviewTemplateRequest } from "./preview-template";

/**
 * "Send test to me": the preview, sent through the chosen channel to the
 * signed-in user's own address or personal channel — never anyone else's.
 */
export async function sendTemplateTest(options: { input: TPreviewTemplateRequest | unknown; user: TSessionUser }) {
  const request = parseInput(ZPreviewTemplateRequest, options.input);
  const preferences = await db().userNotificationPreferences.findUnique({ where: { userId: options.user.id } });
  const recipient = { email: options.user.email, name: options.user.name, timezone: preferences?.timezone ?? env().DEFAULT_TIME_ZONE };
  const rendered = await renderPreview({ ...request, recipient });
  if (rendered.channel === "email") {
    const smtp = await resolveSmtpConfig();
    const { email } = rendered;
    const messageId = `<template-test-${randomUUID()}@${smtp.from.match(/@([^>\s]+)/)?.[1] ?? "notify.local"}>`;
    const result = await sendEmail(smtpTransport(smtp), { from: smtp.from, replyTo: smtp.replyTo, to: options.user.email, subject: `[Test] ${email.subject}`, html: email.html, text: email.text, messageId });
    return { ok: result.ok, sent_to: options.user.email, response: result.response };
  }
  const destination = await personalDestination(preferences, rendered.channel);
  if (!destination) throw new AppError("BAD_REQUEST", `You have no personal ${rendered.channel} channel: add one under My preferences, then send the test again`);
  // A test reaches a real receiver (and an SMS costs money): the same allowance as every other test send.
  await takeTestSend({ caller: `user:${options.user.id}`, destination });
  const result = await sendToChannel(rendered.message, destination, { event: "test" });
  return { ok: result.ok, sent_to: `your ${rendered.channel} channel`, response: result.response };
}

/** A preview's recipient: the person looking at it, in their own zone. */
export async function previewRecipient(user: TSessionUser) {
  const preferences = await db().userNotificationPreferences.findUnique({ where: { userId: user.id }, select: { timezone: true } });
  return { email: user.email, name: user.name, timezone: preferences?.timezone ?? env().DEFAULT_TIME_ZONE };
}
