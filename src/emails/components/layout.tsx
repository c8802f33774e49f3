import { Body } from "@react-email/body";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Link } from "@react-email/link";
import { Preview } from "@react-email/preview";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { Img } from "@react-email/img";
import type { ReactNode } from "react";
import { appLink } from "./app-link";
import { AttachmentList } from "./attachment-list";
import { DEFAULT_BRAND, type TBrand } from "./brand";
import type { TAttachmentListing } from "./email-props";
import { colors, fontFamily, toneColor, type TTone } from "./theme";

type Props = {
  preview: string;
  tone: TTone;
  /** Short status word shown as a badge, e.g. "Job failed". */
  label: string;
  title: string;
  appUrl: string;
  /** Adds the "view in the UI" link; absent for mails that are not one notification. */
  notificationId?: number;
  attachments?: TAttachmentListing[];
  /** Settings → Branding; today's look when absent. */
  brand?: TBrand;
  /** An incident's acknowledge link: shown as the mail's first action. */
  ackUrl?: string;
  children: ReactNode;
};

export function Layout({ preview, tone, label, title, appUrl, notificationId, attachments, brand = DEFAULT_BRAND, ackUrl, children }: Props) {
  const accent = toneColor[tone];
  return (
    <Html lang="en" dir="ltr">
      <Head>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ margin: 0, padding: "16px 8px", backgroundColor: colors.page, fontFamily }}>
        <Container style={{ width: "100%", maxWidth: "600px" }}>
          <Text style={wordmark}>
            {brand.logoUrl && <Img src={brand.logoUrl} alt="" height="24" style={{ display: "inline-block", verticalAlign: "middle", marginRight: "8px", border: 0 }} />}
            <span style={{ verticalAlign: "middle" }}>{brand.productName}</span>
          </Text>
          <Section style={{ ...card, borderTop: `6px solid ${accent}` }}>
            <Text style={{ margin: "0 0 8px" }}>
              <span style={{ ...badge, backgroundColor: accent }}>{label}</span>
            </Text>
            <Heading as="h1" style={heading}>
              {title}
            </Heading>
            {ackUrl && (
              <Text style={{ margin: "0 0 16px" }}>
                <Link href={ackUrl} style={{ ...ackButton, backgroundColor: accent }}>
                  Acknowledge this incident
                </Link>
                <br />
                <span style={footerText}>Stops the escalation to the next level. The link works once, for 24 hours.</span>
              </Text>
            )}
            {children}
            <AttachmentList attachments={attachments ?? []} />
          </Section>
          <Section style={{ padding: "16px 8px 0" }}>
            {notificationId !== undefined && (
              <Text style={footerText}>
                View this notification in {brand.productName}:{" "}
                <Link href={appLink(appUrl, `notifications/${notificationId}`)} style={footerLink}>
                  {appLink(appUrl, `notifications/${notificationId}`)}
                </Link>
              </Text>
            )}
            <Hr style={{ borderColor: colors.border, margin: "8px 0" }} />
            <Text style={footerText}>
              You receive this email because of your notification settings. Change them at{" "}
              <Link href={appLink(appUrl, "preferences")} style={footerLink}>
                {appLink(appUrl, "preferences")}
              </Link>
            </Text>
            {brand.footerText && <Text style={footerText}>{brand.footerText}</Text>}
            {brand.supportUrl && (
              <Text style={footerText}>
                Help:{" "}
                <Link href={brand.supportUrl} style={{ ...footerLink, color: brand.accentColor }}>
                  {brand.supportUrl}
                </Link>
              </Text>
            )}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

const wordmark = {
  margin: "0 0 12px",
  padding: "0 8px",
  fontSize: "18px",
  lineHeight: "24px",
  fontWeight: 700,
  color: colors.text,
};
const card = {
  backgroundColor: colors.surface,
  borderRadius: "6px",
  border: `1px solid ${colors.border}`,
  padding: "20px 16px",
};
const badge = {
  display: "inline-block",
  padding: "2px 8px",
  borderRadius: "4px",
  color: "#ffffff",
  fontSize: "12px",
  lineHeight: "18px",
  fontWeight: 700,
  letterSpacing: "0.03em",
};
const heading = {
  margin: "0 0 16px",
  fontSize: "20px",
  lineHeight: "28px",
  fontWeight: 700,
  color: colors.text,
  wordBreak: "break-word" as const,
};
const ackButton = {
  display: "inline-block",
  padding: "8px 14px",
  borderRadius: "4px",
  color: "#ffffff",
  fontSize: "14px",
  lineHeight: "20px",
  fontWeight: 700,
  textDecoration: "none",
  marginBottom: "6px",
};
const footerText = { margin: "0 0 8px", fontSize: "12px", lineHeight: "18px", color: colors.muted };
const footerLink = { color: colors.link, textDecoration: "underline", wordBreak: "break-all" as const };
