import type { TNotificationEmailProps } from "./components/email-props";
import { Layout } from "./components/layout";
import type { TTone } from "./components/theme";

export type Props = Omit<TNotificationEmailProps, "body"> & {
  heading: string;
  /** Rendered by LiquidJS with HTML escaping on: only the template author's own markup (and `| raw`) is markup. */
  html: string;
  tone: TTone;
  label: string;
};

/** An operator's own template inside the house layout: their heading and body blocks, our frame, footer and brand. */
export default function CustomTemplateEmail({ appUrl, notificationId, subject, heading, html, tone, label, attachments, brand, ackUrl }: Props) {
  return (
    <Layout preview={subject} tone={tone} label={label} title={heading} appUrl={appUrl} brand={brand} ackUrl={ackUrl} notificationId={notificationId} attachments={attachments}>
      <div style={{ fontSize: "14px", lineHeight: "22px", color: "#111827", wordBreak: "break-word" }} dangerouslySetInnerHTML={{ __html: html }} />
    </Layout>
  );
}

export const PreviewProps: Props = {
  appUrl: "http://localhost:3009",
  notificationId: 1046,
  subject: "Backup of db-01 failed",
  heading: "nightly-backup failed on db-01",
  html: "<p>The run stopped at <strong>pg_dump</strong>. See the <a href=\"https://runbooks.example.com/backup\">runbook</a>.</p>",
  tone: "error",
  label: "Warning",
};
CustomTemplateEmail.PreviewProps = PreviewProps;
