import { Link } from "@react-email/link";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { appLink } from "./components/app-link";
import { formatDateTime } from "./components/format-date-time";
import type { TBrand } from "./components/brand";
import { Layout } from "./components/layout";
import { colors, toneColor, type TTone } from "./components/theme";

export type TDigestItem = {
  id: number;
  subject: string;
  notificationType: string;
  status: string;
  createdAt: Date;
};

export type Props = {
  appUrl: string;
  brand?: TBrand;
  notifications: TDigestItem[];
  periodStart?: Date;
  periodEnd?: Date;
  timeZone?: string;
};

// Beyond this a mail gets clipped by Gmail (~102 KB) anyway; the UI link covers the rest.
const MAX_ITEMS = 50;

function statusTone(status: string): TTone {
  const s = status.toLowerCase();
  if (/fail|error|bounce|reject/.test(s)) return "error";
  if (/sent|deliver|success|complete/.test(s)) return "success";
  if (/retry|pending|queue|warn/.test(s)) return "warning";
  return "neutral";
}

export default function DigestEmail({ appUrl, notifications, periodStart, periodEnd, timeZone, brand }: Props) {
  const count = notifications.length;
  const shown = notifications.slice(0, MAX_ITEMS);
  const period =
    periodStart && periodEnd
      ? `From ${formatDateTime(periodStart, timeZone)} to ${formatDateTime(periodEnd, timeZone)}.`
      : undefined;
  return (
    <Layout
      preview={`${count} notification${count === 1 ? "" : "s"} in this digest`}
      tone="neutral"
      label="Digest"
      title={`${count} notification${count === 1 ? "" : "s"}`}
      appUrl={appUrl} brand={brand}
    >
      {period && <Text style={intro}>{period}</Text>}
      {count === 0 && <Text style={intro}>Nothing new in this period.</Text>}
      {shown.map((item) => (
        <Section key={item.id} style={row}>
          <Text style={subjectLine}>
            <Link href={appLink(appUrl, `notifications/${item.id}`)} style={{ color: colors.link }}>
              {item.subject}
            </Link>
          </Text>
          <Text style={meta}>
            <span style={{ color: toneColor[statusTone(item.status)], fontWeight: 700 }}>{item.status}</span>
            {" · "}
            {item.notificationType}
            {" · "}
            {formatDateTime(item.createdAt, timeZone)}
          </Text>
        </Section>
      ))}
      <Text style={intro}>
        {count > shown.length ? `${count - shown.length} more not shown. ` : ""}
        All notifications: <Link href={appLink(appUrl, "notifications")}>{appLink(appUrl, "notifications")}</Link>
      </Text>
    </Layout>
  );
}

const intro = { margin: "12px 0", fontSize: "14px", lineHeight: "20px", color: colors.muted };
const row = { borderBottom: `1px solid ${colors.border}`, padding: "8px 0" };
const subjectLine = {
  margin: "0 0 2px",
  fontSize: "15px",
  lineHeight: "22px",
  fontWeight: 600,
  wordBreak: "break-word" as const,
};
const meta = { margin: 0, fontSize: "13px", lineHeight: "18px", color: colors.muted };

export const PreviewProps: Props = {
  appUrl: "http://localhost:3009",
  timeZone: "Europe/Berlin",
  periodStart: new Date("2026-11-27T07:00:00Z"),
  periodEnd: new Date("2026-11-27T15:00:00Z"),
  notifications: [
    {
      id: 1043,
      subject: "Deploy web-frontend failed",
      notificationType: "job_failed",
      status: "FAILED",
      createdAt: new Date("2026-11-27T09:16:05Z"),
    },
    {
      id: 1042,
      subject: "Backup nightly-db completed",
      notificationType: "job_completed",
      status: "SENT",
      createdAt: new Date("2026-11-27T13:03:12Z"),
    },
    {
      id: 1045,
      subject: "Disk usage above 90% on db-01",
      notificationType: "alert",
      status: "PENDING",
      createdAt: new Date("2026-11-27T14:40:00Z"),
    },
  ],
};
DigestEmail.PreviewProps = PreviewProps;
