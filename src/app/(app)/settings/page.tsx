import { SmtpSettingsPanel } from "./smtp-settings-panel";

export const metadata = { title: "Notification settings · OpsConductor Notify" };

export default function SettingsPage() {
  return <SmtpSettingsPanel />;
}
