import { appLink } from "@/emails/components/app-link";
import type { TChannelMessage } from "@/server/channels/channel-message";
import { formatDateTime } from "@/emails/components/format-date-time";

export const TEST_MESSAGE_TITLE = "Test notification from OpsConductor Notify";

/** The message every "Send test" delivers: recognisable, harmless, with a link back to the channel pages. */
export function buildTestMessage(options: { appUrl: string; sentBy: string; destination: string; now: Date }): TChannelMessage {
  const { appUrl, sentBy, destination, now } = options;
  return {
    notificationId: 0,
    title: TEST_MESSAGE_TITLE,
    body: `${sentBy} sent this message to check that ${destination} receives notifications. No action is needed.`,
    notificationType: "test",
    severity: "info",
    status: "test",
    facts: [
      { label: "Destination", value: destination },
      { label: "Sent by", value: sentBy },
      { label: "Sent at", value: formatDateTime(now) },
    ],
    url: appLink(appUrl, "channels/test"),
    createdAt: now,
    job: {},
    metadata: { event: "channel_test" },
  };
}
