import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import type { TBrand } from "./components/brand";
import { FactsTable } from "./components/facts-table";
import { formatDateTime } from "./components/format-date-time";
import { Layout } from "./components/layout";
import { colors, toneColor } from "./components/theme";

export type Props = {
  appUrl: string;
  brand?: TBrand;
  /** Who invited them, e.g. an admin's email address. */
  invitedBy: string;
  email: string;
  /** "Admin", "Operator" or "Viewer". */
  roleLabel: string;
  acceptUrl: string;
  expiresAt: Date;
  timeZone?: string;
};

/** The invitation link's email: the link is the invitee's only way in, so it leads and says when it stops working. */
export default function UserInvitation({ appUrl, brand, invitedBy, email, roleLabel, acceptUrl, expiresAt, timeZone }: Props) {
  const product = brand?.productName ?? "OpsConductor Notify";
  return (
    <Layout preview={`${invitedBy} invited you to ${product}`} tone="info" label="Invitation" title={`You are invited to ${product}`} appUrl={appUrl} brand={brand}>
      <Text style={text}>
        {invitedBy} invited you to sign in to {product} as {roleLabel.toLowerCase()}. Choose your name and password to accept:
      </Text>
      <Text style={{ margin: "0 0 16px" }}>
        <Link href={acceptUrl} style={button}>
          Accept the invitation
        </Link>
      </Text>
      <FactsTable
        facts={[
          ["Your sign-in", email],
          ["Role", roleLabel],
          ["Link works until", formatDateTime(expiresAt, timeZone)],
        ]}
      />
      <Text style={note}>The link works once. If you did not expect this invitation, ignore this email: nothing happens until the link is used.</Text>
    </Layout>
  );
}

const text = { margin: "0 0 16px", fontSize: "15px", lineHeight: "22px", color: colors.text };
const note = { margin: "16px 0 0", fontSize: "13px", lineHeight: "20px", color: colors.muted };
const button = {
  display: "inline-block",
  padding: "8px 14px",
  borderRadius: "4px",
  backgroundColor: toneColor.info,
  color: "#ffffff",
  fontSize: "14px",
  lineHeight: "20px",
  fontWeight: 700,
  textDecoration: "none",
};

export const PreviewProps: Props = {
  appUrl: "http://localhost:3009",
  invitedBy: "admin@example.com",
  email: "ops@example.com",
  roleLabel: "Operator",
  acceptUrl: "http://localhost:3009/invite/abc123",
  expiresAt: new Date("2026-12-05T09:00:00Z"),
  timeZone: "Europe/Berlin",
};
UserInvitation.PreviewProps = PreviewProps;
