import { hasRole, type TSessionUser } from "@/server/auth/roles";
import type { TChannelDestination } from "@/server/channels/channel-destination";
import { generateWebhookSecret } from "@/server/channels/webhook/standard-webhooks";
import { db, type NotificationChannel } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { openChannelConfig } from "./channel-config";
import { CHANNEL_KIND_LABEL, toChannel, type TChannelKind } from "./channel-kind";
import { findChannelRow } from "./channel-rows";
import type { TChannelTestResult } from "./channel-test-result";
import { toChannelView } from "./channel-view";
import { checkDestinationUrl } from "./check-destination-url";
import { fieldError } from "./field-error";
import { findSmsProvider, noSmsProviderError } from "./find-sms-provider";
import { maskDestinationUrl, maskPhoneNumber } from "./mask-destination";
import { personalDestination } from "./personal-destination";
import { ZTestRequest } from "./test-request-schema";
import { toChannelDestination } from "./to-channel-destination";

/** Where one test goes, and how to name it to people (masked). */
export type TTestTarget = {
  destination: TChannelDestination;
  scope: TChannelTestResult["scope"];
  channelName: string | null;
  label: string;
  note?: string;
};

type TPick = { channel_name?: string; channel_id?: number; personal?: boolean };

const UNSIGNED_NOTE =
  "No secret was given, so the test was signed with a throwaway secret: a receiver that verifies signatures rejects it. Send the endpoint's secret to try its verification.";

/** Reads a REST test body (see ZTestRequest) into the destination to try. */
export async function resolveTestTarget(kind: TChannelKind, body: unknown, user: TSessionUser | null): Promise<TTestTarget> {
  switch (kind) {
    case "slack":
    case "teams": {
      const request = parseInput(ZTestRequest[kind], body);
      if (!request.webhook_url) return savedTarget(kind, request, user, "webhook_url");
      const url = checkDestinationUrl(request.webhook_url, "webhook_url", { teams: kind === "teams" });
      return { destination: { channel: kind === "slack" ? "SLACK" : "TEAMS", url }, scope: "given", channelName: null, label: maskDestinationUrl(url) };
    }
    case "webhook": {
      const request = parseInput(ZTestRequest.webhook, body);
      if (!request.url) return savedTarget(kind, request, user, "url");
      const url = checkDestinationUrl(request.url, "url");
      const destination = { channel: "WEBHOOK" as const, url, secrets: { current: request.secret ?? generateWebhookSecret() } };
      return { destination, scope: "given", channelName: null, label: maskDestinationUrl(url), ...(request.secret ? {} : { note: UNSIGNED_NOTE }) };
    }
    case "sms": {
      // A test SMS is a paid message to whatever number is given or saved: viewers may test
      // their free channels (Slack, Teams, webhook) but not spend money. API keys reach this
      // only with notifications:write, which already lets them send real notifications.
      if (user && !hasRole(user.role, "OPERATOR")) {
        throw new AppError("FORBIDDEN", "Test SMS are paid messages: sending one needs the OPERATOR role");
      }
      const request = parseInput(ZTestRequest.sms, body);
      if (!request.to) return savedTarget(kind, request, user, "to");
      const label = maskPhoneNumber(request.to);
      if (request.channel_name !== undefined || request.channel_id !== undefined) {
        const target = await organisationTarget(kind, request, user, "to", { to: request.to });
        return { ...target, scope: "given", label };
      }
      const sms = await findSmsProvider();
      if (!sms) throw new AppError("BAD_REQUEST", noSmsProviderError().message);
      return { destination: { channel: "SMS", to: request.to, provider: sms.provider }, scope: "given", channelName: sms.channelName, label };
    }
  }
}

/**
 * A saved destination: the picked organisation channel, else the caller's
 * personal one, else the first enabled organisation channel of that type.
 */
async function savedTarget(kind: TChannelKind, pick: TPick, user: TSessionUser | null, field: string): Promise<TTestTarget> {
  if (pick.channel_name !== undefined || pick.channel_id !== undefined) return organisationTarget(kind, pick, user, field);
  const personal = user ? await personalTarget(kind, user) : null;
  if (personal) return personal;
  if (pick.personal) {
    throw fieldError("personal", user ? `you have no personal ${CHANNEL_KIND_LABEL[kind]} destination saved` : "needs a signed-in user: API keys have no personal channels");
  }
  return organisationTarget(kind, pick, user, field);
}

async function personalTarget(kind: TChannelKind, user: TSessionUser): Promise<TTestTarget | null> {
  const preferences = await db().userNotificationPreferences.findUnique({ where: { userId: user.id } });
  let destination: TChannelDestination | null;
  try {
    destination = await personalDestination(preferences, kind);
  } catch (error) {
    // Only SMS throws here (no provider): a configuration gap the caller must fix, not a missing page.
    throw error instanceof AppError && error.code === "NOT_FOUND" ? new AppError("BAD_REQUEST", error.message) : error;
  }
  if (!destination) return null;
  const label = destination.channel === "SMS" ? maskPhoneNumber(destination.to) : maskDestinationUrl(destination.url);
  return { destination, scope: "personal", channelName: null, label: `your ${label}` };
}

async function organisationTarget(kind: TChannelKind, pick: TPick, user: TSessionUser | null, field: string, options: { to?: string } = {}): Promise<TTestTarget> {
  if (user && !hasRole(user.role, "OPERATOR")) {
    throw new AppError("FORBIDDEN", "Testing organisation channels needs the OPERATOR role; test your own channels on the My channels page");
  }
  const row = await pickChannel(kind, pick, field);
  const config = openChannelConfig(row.configEncrypted);
  return {
    destination: toChannelDestination(config, { to: options.to, name: row.name }),
    scope: "organisation",
    channelName: row.name,
    label: toChannelView(row, config, null).target,
  };
}

async function pickChannel(kind: TChannelKind, pick: TPick, field: string): Promise<NotificationChannel> {
  const type = toChannel(kind);
  if (pick.channel_id !== undefined || pick.channel_name !== undefined) {
    const pickedBy = pick.channel_id !== undefined ? "channel_id" : "channel_name";
    const row = pick.channel_id !== undefined ? await findChannelRow(pick.channel_id) : await db().notificationChannel.findUnique({ where: { name: pick.channel_name } });
    if (!row) throw fieldError("channel_name", `no channel is named "${pick.channel_name}"`);
    if (row.type !== type) throw fieldError(pickedBy, `"${row.name}" is a ${row.type.toLowerCase()} channel, not ${kind}`);
    return row;
  }
  const row = await db().notificationChannel.findFirst({ where: { type, enabled: true }, orderBy: { id: "asc" } });
  if (!row) throw fieldError(field, `is required: no ${CHANNEL_KIND_LABEL[kind]} destination is saved`);
  return row;
}
