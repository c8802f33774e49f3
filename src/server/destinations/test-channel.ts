import { appUrl } from "@/env";
import type { TSessionUser } from "@/server/auth/roles";
import { sendToChannel } from "@/server/channels/send-to-channel";
import { takeTestSend } from "@/server/rate-limits/test-send-limits";
import { buildTestMessage } from "./build-test-message";
import type { TChannelKind } from "./channel-kind";
import type { TChannelTestResult } from "./channel-test-result";
import { diagnoseDeliveryResult } from "./diagnose-delivery-result";
import { resolveTestTarget, type TTestTarget } from "./resolve-test-target";

const TEAMS_NOTE =
  "Teams answers 202 as soon as it accepts the request, before the workflow posts the card: a 202 does not prove the card appeared. " +
  "Check the channel and confirm you see the test card; if it is missing, open the flow's run history in Power Automate.";

export type TTestChannelOptions = {
  channel: TChannelKind;
  /** The REST body (see ZTestRequest); {} tries the saved destination. */
  body: unknown;
  /** The signed-in user; null for an API key, which has no personal channels. */
  user: TSessionUser | null;
  /** Named in the test message, e.g. 'API key "deploy"'. Defaults to the user's email. */
  sentBy?: string;
  timeoutMs?: number;
};

/**
 * "Send test": delivers a real test message through the channel's adapter and
 * reports the receiver's answer. Bad input throws BAD_REQUEST naming the field;
 * a receiver that fails is a result with its diagnosis, not an error. Every
 * test counts against the caller's and the destination's test allowance
 * (TOO_MANY_REQUESTS when used up), whatever picked the destination.
 */
export async function testChannel(options: TTestChannelOptions): Promise<TChannelTestResult> {
  const target = await resolveTestTarget(options.channel, options.body, options.user);
  // API key names are unique, so sentBy names the key.
  const caller = options.user ? `user:${options.user.id}` : `key:${options.sentBy ?? "anonymous"}`;
  await takeTestSend({ caller, destination: target.destination });
  return sendTest(options.channel, target, { sentBy: options.sentBy ?? options.user?.email ?? "OpsConductor Notify", timeoutMs: options.timeoutMs });
}

async function sendTest(kind: TChannelKind, target: TTestTarget, options: { sentBy: string; timeoutMs?: number }): Promise<TChannelTestResult> {
  const now = new Date();
  const destination = target.channelName ? `"${target.channelName}" (${target.label})` : target.label;
  const message = buildTestMessage({ appUrl: appUrl(), sentBy: options.sentBy, destination, now });
  const started = performance.now();
  const result = await sendToChannel(message, target.destination, { event: "test", timeoutMs: options.timeoutMs, now });
  const note = [target.note, kind === "teams" ? TEAMS_NOTE : undefined].filter(Boolean).join(" ");
  return {
    ok: result.ok,
    channel: kind,
    scope: target.scope,
    channel_name: target.channelName,
    destination: target.label,
    status: result.httpStatus ?? null,
    latency_ms: result.latencyMs ?? Math.round(performance.now() - started),
    response: result.response,
    diagnosis: diagnoseDeliveryResult(result),
    error_type: result.ok ? null : result.errorType,
    ...(note ? { note } : {}),
  };
}
