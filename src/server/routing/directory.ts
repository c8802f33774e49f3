import type { Channel, Role } from "@/server/db/client";
import type { THoldSettings } from "@/server/preferences/quiet-hours";
import type { TPreferenceChannel, TSubscription } from "@/server/preferences/subscription";

/** What routing needs to know of a user: which channels they can be reached on, when, and what they want. */
export type TDirectoryUser = {
  id: number;
  email: string;
  role: Role;
  channels: Record<TPreferenceChannel, { enabled: boolean; hasDestination: boolean }>;
  hold: THoldSettings;
  subscriptions: TSubscription[];
};

export type TDirectoryChannel = { id: number; name: string; type: Channel; enabled: boolean; hasDefaultNumber: boolean };

/** The users, roles and organisation channels an audience names, loaded once per routing batch. */
export type TDirectory = {
  userById: Map<number, TDirectoryUser>;
  userByEmail: Map<string, TDirectoryUser>;
  usersByRole: Map<Role, TDirectoryUser[]>;
  channelByName: Map<string, TDirectoryChannel>;
  /** An enabled organisation SMS channel exists: personal numbers are texted through it. */
  smsProvider: boolean;
  /** Users the audience names who are deactivated (by id and by lower-case email): told nothing, and the trail says why. */
  deactivated: Set<number | string>;
};

export function buildDirectory(users: TDirectoryUser[], channels: TDirectoryChannel[], smsProvider: boolean, deactivated: { id: number; email: string }[] = []): TDirectory {
  const usersByRole = new Map<Role, TDirectoryUser[]>();
  for (const user of users) usersByRole.set(user.role, [...(usersByRole.get(user.role) ?? []), user]);
  return {
    userById: new Map(users.map((user) => [user.id, user])),
    userByEmail: new Map(users.map((user) => [user.email.toLowerCase(), user])),
    usersByRole,
    channelByName: new Map(channels.map((channel) => [channel.name, channel])),
    smsProvider,
    deactivated: new Set(deactivated.flatMap((user) => [user.id, user.email.toLowerCase()])),
  };
}

export const CHANNEL_OF: Record<TPreferenceChannel, Channel> = { email: "EMAIL", slack: "SLACK", teams: "TEAMS", webhook: "WEBHOOK", sms: "SMS" };
export const PREFERENCE_CHANNEL_OF: Record<Channel, TPreferenceChannel> = { EMAIL: "email", SLACK: "slack", TEAMS: "teams", WEBHOOK: "webhook", SMS: "sms" };
