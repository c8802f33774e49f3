import type { Channel } from "@/server/db/client";

/** The chat, webhook and SMS channels, in the lower-case form REST paths and JSON use. Email is configured elsewhere. */
export const CHANNEL_KINDS = ["slack", "teams", "webhook", "sms"] as const;
export type TChannelKind = (typeof CHANNEL_KINDS)[number];

export const CHANNEL_KIND_LABEL: Record<TChannelKind, string> = { slack: "Slack", teams: "Microsoft Teams", webhook: "Webhook", sms: "SMS" };

const TO_CHANNEL = { slack: "SLACK", teams: "TEAMS", webhook: "WEBHOOK", sms: "SMS" } as const satisfies Record<TChannelKind, Channel>;

export type TDestinationChannel = (typeof TO_CHANNEL)[TChannelKind];

export function toChannel(kind: TChannelKind): TDestinationChannel {
  return TO_CHANNEL[kind];
}

const FROM_CHANNEL = { SLACK: "slack", TEAMS: "teams", WEBHOOK: "webhook", SMS: "sms" } as const satisfies Record<TDestinationChannel, TChannelKind>;

export function toChannelKind(channel: TDestinationChannel): TChannelKind {
  return FROM_CHANNEL[channel];
}
