import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { TSmtpSettingsView } from "@/server/smtp/get-smtp-settings";

/** Says which settings email goes through now, so nobody edits settings that are not in force without knowing. */
export function SmtpSourceBanner({ settings }: { settings: TSmtpSettingsView }) {
  const server = <strong className="mono">{settings.source_description}</strong>;
  switch (settings.source) {
    case "environment":
      return (
        <Alert tone="warning" title="The environment sets the SMTP server">
          Email goes through {server} from {settings.source_from}, set by SMTP_URL or SMTP_HOST. Settings saved here are stored but
          ignored while the environment provides a server.
        </Alert>
      );
    case "database":
      return (
        <Alert tone="success" title="Email goes through the settings below">
          Email goes through {server} from {settings.source_from}.
        </Alert>
      );
    case "mail-catcher":
      return (
        <Alert tone="info" title="No SMTP server in use">
          {settings.configured ? "The saved settings are switched off, so email" : "Until you save a server, email"} goes to{" "}
          {server}: it reaches no real inbox, and you can read it on the <Link href="/mail">Mail catcher</Link> page.
        </Alert>
      );
  }
}
