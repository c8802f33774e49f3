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
  email: string;
  /** Who asked: "you" (Forgot password?) or an admin's email address. */
  requestedBy: string;
  resetUrl: string;
  expiresAt: Date;
  timeZone?: string;
};

/** A password-reset link: says who asked, so a reset nobody asked for is recognisable and can be ignored. */
export default function PasswordReset({ appUrl, brand, email, requestedBy, resetUrl, expiresAt, timeZone }: Props) {
  const product = brand?.productName ?? "OpsConductor Notify";
  return (
    <Layout preview={`Choose a new password for ${product}`} tone="warning" label="Password reset" title="Choose a new password" appUrl={appUrl} brand={brand}>
      <Text style={text}>
        {requestedBy === "you" ? "Someone (hopefully you) asked" : `${requestedBy} asked`} for a new password for {email} on {product}. Choose one here:
      </Text>
      <Text style={{ margin: "0 0 16px" }}>
        <Link href={resetUrl} style={button}>
          Choose a new password
        </Link>
      </Text>
      <FactsTable
        facts={[
          ["Account", email],
          ["Link works until", formatDateTime(expiresAt, timeZone)],
        ]}
      />
      <Text style={note}>
        The link works once. Setting a new password signs you out everywhere else. If you did not ask for this, ignore this email: your password stays as it is.
      </Text>
    </Layout>
  );
}

const text = { margin: "0 0 16px", fontSize: "15px", lineHeight: "22px", color: colors.text };
const note = { margin: "16px 0 0", fontSize: "13px", lineHeight: "20px", color: colors.muted };
const button = {
  display: "inline-block",
  padding: "8px 14px",
  borderRadius: "4px",
  backgroundColor: toneColor.warning,
  color: "#ffffff",
  fontSize: "14px",
  lineHeight: "20px",
  fontWeight: 700,
  textDecoration: "none",
};

export const PreviewProps: Props = {
  appUrl: "http://localhost:3009",
  email: "ops@example.com",
  requestedBy: "you",
  resetUrl: "http://localhost:3009/reset-password/abc123",
  expiresAt: new Date("2026-12-02T11:00:00Z"),
  timeZone: "Europe/Berlin",
};
PasswordReset.PreviewProps = PreviewProps;
