import { Text } from "@react-email/text";
import { BodyText } from "./components/body-text";
import type { TAttachmentListing } from "./components/email-props";
import { FactsTable } from "./components/facts-table";
import { formatDateTime } from "./components/format-date-time";
import type { TBrand } from "./components/brand";
import { Layout } from "./components/layout";
import { colors } from "./components/theme";

export type Props = {
  appUrl: string;
  brand?: TBrand;
  /** Who pressed "send test", e.g. an admin's email address. */
  sentBy: string;
  /** The SMTP settings used, e.g. "smtp.example.com:587 (STARTTLS) as notify@example.com". */
  serverDescription: string;
  sentAt: Date;
  timeZone?: string;
  /** Set when the test went through the normal notification pipeline (type "test"). */
  notificationId?: number;
  body?: string;
  attachments?: TAttachmentListing[];
};

export default function TestEmail(props: Props) {
  const { appUrl, sentBy, serverDescription, sentAt, timeZone, notificationId, body, attachments } = props;
  return (
    <Layout
      preview={`Test email sent through ${serverDescription}`}
      tone="info"
      label="SMTP test"
      title="Your email settings work"
      appUrl={appUrl}
      brand={props.brand}
      notificationId={notificationId}
      attachments={attachments}
    >
      <Text style={text}>
        This is a test message from OpsConductor Notify. It reached you, so the SMTP server below accepted it for
        delivery.
      </Text>
      {body && <BodyText text={body} />}
      <FactsTable
        facts={[
          ["Sent through", serverDescription],
          ["Requested by", sentBy],
          ["Sent at", formatDateTime(sentAt, timeZone)],
        ]}
      />
    </Layout>
  );
}

const text = { margin: "0 0 16px", fontSize: "15px", lineHeight: "22px", color: colors.text };

export const PreviewProps: Props = {
  appUrl: "http://localhost:3009",
  sentBy: "admin@example.com",
  serverDescription: "smtp.example.com:587 (STARTTLS) as notify@example.com",
  sentAt: new Date("2026-11-27T13:03:12Z"),
  timeZone: "Europe/Berlin",
};
TestEmail.PreviewProps = PreviewProps;
