import { Alert } from "@/components/ui/alert";
import styles from "./templates.module.css";

type TSms = { text: string; segments: number; encoding: string; truncated: boolean };

/** The SMS as a phone shows it, with the parts it costs. */
export function SmsPreview({ sms }: { sms: TSms }) {
  return (
    <div className="stack">
      <p className={styles.smsBubble}>{sms.text}</p>
      <p className="text-sm">
        <strong>
          {sms.segments} {sms.segments === 1 ? "part" : "parts"} ({sms.encoding})
        </strong>
        <span className="text-muted">
          {" "}
          · {Array.from(sms.text).length} characters
          {sms.encoding === "UCS-2" ? " · an emoji or accented letter makes every part hold 70 characters instead of 160" : ""}
        </span>
      </p>
      {sms.truncated && (
        <Alert tone="warning" title="The text was cut to fit">
          It renders longer than the SMS limit allows, so the end is cut off when it is sent. Shorten the template or use | truncate.
        </Alert>
      )}
    </div>
  );
}
