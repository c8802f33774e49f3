import { hasRole, type TSessionUser } from "@/server/auth/roles";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { toChannelKind, type TChannelKind } from "./channel-kind";
import { DESTINATION_CHANNEL_TYPES } from "./channel-rows";
import type { TChannelTestResult } from "./channel-test-result";
import { testChannel } from "./test-channel";

type TPlannedTest = { kind: TChannelKind; body: Record<string, unknown>; scope: TChannelTestResult["scope"]; channelName: string | null };

/**
 * "Test all channels": the user's saved personal channels and, for operators
 * and admins, every organisation channel (switched off or not: a test is how
 * one checks a fix), all at once. One result per destination, failures included.
 */
export async function testAllChannels(options: { user: TSessionUser; timeoutMs?: number }): Promise<TChannelTestResult[]> {
  const { user, timeoutMs } = options;
  const [preferences, channels] = await Promise.all([
    db().userNotificationPreferences.findUnique({ where: { userId: user.id } }),
    hasRole(user.role, "OPERATOR")
      ? db().notificationChannel.findMany({ where: { type: { in: [...DESTINATION_CHANNEL_TYPES] } }, orderBy: [{ type: "asc" }, { name: "asc" }] })
      : [],
  ]);
  const saved: [TChannelKind, string | null | undefined][] = [
    ["slack", preferences?.slackWebhookUrl],
    ["teams", preferences?.teamsWebhookUrl],
    ["webhook", preferences?.customWebhookUrl],
    ["sms", preferences?.phoneNumber],
  ];
  const planned: TPlannedTest[] = [
    ...saved.filter(([, value]) => value).map(([kind]) => ({ kind, body: { personal: true }, scope: "personal" as const, channelName: null })),
    ...channels.flatMap((row) =>
      row.type === "EMAIL" ? [] : [{ kind: toChannelKind(row.type), body: { channel_id: row.id }, scope: "organisation" as const, channelName: row.name }],
    ),
  ];
  return Promise.all(planned.map((test) => testChannel({ channel: test.kind, body: test.body, user, timeoutMs }).catch((error: unknown) => unusable(test, error))));
}

/** A destination that could not even be tried (e.g. SMS without a provider) is a failed result, not a failed page. */
function unusable(test: TPlannedTest, error: unknown): TChannelTestResult {
  if (!(error instanceof AppError)) throw error;
  return {
    ok: false,
    channel: test.kind,
    scope: test.scope,
    channel_name: test.channelName,
    destination: test.channelName ? `"${test.channelName}"` : "your personal channel",
    status: null,
    latency_ms: 0,
    response: error.message,
    diagnosis: "error",
    error_type: "configuration",
  };
}
