import { Checkbox } from "@/components/ui/checkbox";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import type { TChannelKind } from "@/server/destinations/channel-kind";
import type { TChannelDetails } from "@/server/destinations/channel-view";
import { channelFieldId, type TChannelFormErrors, type TChannelFormValues } from "./channel-form-values";
import styles from "./channels.module.css";

export type TChannelFieldsProps = {
  kind: TChannelKind;
  values: TChannelFormValues;
  errors: TChannelFormErrors;
  /** The saved channel's masked details when editing, for "leave empty to keep" hints. */
  saved: TChannelDetails | null;
  onChange: <K extends keyof TChannelFormValues>(field: K, value: TChannelFormValues[K]) => void;
};

const URL_PLACEHOLDER: Record<"slack" | "teams", string> = {
  slack: "https://hooks.slack.com/services/T…/B…/…",
  teams: "https://….logic.azure.com/workflows/…",
};

const URL_HINT: Record<"slack" | "teams", string> = {
  slack: "In Slack: Apps → Incoming Webhooks → Add New Webhook to Workspace, then copy the Webhook URL.",
  teams: 'In Teams: the channel\'s … → Workflows → "Send webhook alerts to a channel", then copy the URL of its trigger. Office 365 connector URLs are retired.',
};

/** The type-specific inputs of the add/edit channel form. */
export function ChannelFields({ kind, values, errors, saved, onChange }: TChannelFieldsProps) {
  const id = (field: keyof TChannelFormValues) => channelFieldId(kind, field);
  const text = (field: keyof TChannelFormValues) => ({
    id: id(field),
    value: String(values[field]),
    error: errors[field],
    autoComplete: "off",
    spellCheck: false,
    onChange: (event: { target: { value: string } }) => onChange(field, event.target.value),
  });
  const keep = (mask: string | null | undefined, what: string) => (mask ? `Saved: ${mask}. Leave empty to keep the saved ${what}.` : undefined);

  if (kind === "slack" || kind === "teams") {
    const mask = saved && "webhook_url" in saved ? saved.webhook_url : null;
    return (
      <TextField
        {...text("webhook_url")}
        className={styles.wide}
        label="Webhook URL"
        type="url"
        inputMode="url"
        placeholder={URL_PLACEHOLDER[kind]}
        hint={keep(mask, "URL") ?? URL_HINT[kind]}
        required={!saved}
      />
    );
  }

  if (kind === "webhook") {
    const webhook = saved?.type === "webhook" ? saved : null;
    return (
      <>
        <TextField {...text("url")} className={styles.wide} label="URL" type="url" inputMode="url" placeholder="https://example.com/hooks/opsconductor" hint={keep(webhook?.url, "URL")} required={!saved} />
        <TextField {...text("timeout_ms")} label="Timeout (ms)" inputMode="numeric" placeholder="10000" hint="1,000 to 30,000; empty for 10 s." />
        <HeaderFields values={values} errors={errors} headerNames={webhook?.header_names ?? []} id={id} onChange={onChange} />
      </>
    );
  }

  const sms = saved?.type === "sms" ? saved : null;
  return (
    <>
      <SelectField
        id={id("provider")}
        label="Provider"
        options={[
          { value: "twilio", label: "Twilio" },
          { value: "http", label: "HTTP gateway (JSON POST)" },
        ]}
        value={values.provider}
        onChange={(event) => onChange("provider", event.target.value === "http" ? "http" : "twilio")}
      />
      <TextField {...text("to")} label="Phone number" type="tel" inputMode="tel" placeholder="+14155550123" hint="Default recipient, in international form. Notifications may give their own number." />
      {values.provider === "twilio" ? (
        <>
          <TextField {...text("account_sid")} label="Account SID" placeholder="AC…" required />
          <TextField {...text("auth_token")} label="Auth token" type="password" hint={sms?.provider === "twilio" ? keep(sms.auth_token, "token") : undefined} required={sms?.provider !== "twilio"} />
          <TextField {...text("from")} label="From number" type="tel" placeholder="+15005550006" hint="A Twilio number or an alphanumeric sender ID. Give this or a messaging service SID." />
          <TextField {...text("messaging_service_sid")} label="Messaging service SID" placeholder="MG…" />
          <TextField {...text("base_url")} className={styles.wide} label="API base URL" type="url" placeholder="https://api.twilio.com" hint="Leave empty for Twilio itself; set it only for a test double." />
        </>
      ) : (
        <>
          <TextField
            {...text("url")}
            className={styles.wide}
            label="URL"
            type="url"
            inputMode="url"
            placeholder="https://sms-gateway.example.com/send"
            hint={(sms?.provider === "http" && keep(sms.url, "URL")) || 'Receives a JSON POST: {"to", "body", "notification_id"}.'}
            required={sms?.provider !== "http"}
          />
          <TextField {...text("bearer_token")} label="Bearer token" type="password" hint={sms?.provider === "http" ? keep(sms.bearer_token, "token") : "Optional; sent as Authorization: Bearer."} />
          {sms?.provider === "http" && sms.bearer_token && (
            <Checkbox label="Remove the saved bearer token" checked={values.clear_bearer_token} onChange={(event) => onChange("clear_bearer_token", event.target.checked)} />
          )}
          <HeaderFields values={values} errors={errors} headerNames={sms?.provider === "http" ? sms.header_names : []} id={id} onChange={onChange} />
        </>
      )}
    </>
  );
}

function HeaderFields({
  values,
  errors,
  headerNames,
  id,
  onChange,
}: Pick<TChannelFieldsProps, "values" | "errors" | "onChange"> & { headerNames: string[]; id: (field: keyof TChannelFormValues) => string }) {
  const savedHint = headerNames.length ? `Saved: ${headerNames.join(", ")} (values hidden). Typing here replaces them; leave empty to keep them.` : undefined;
  return (
    <>
      <TextArea
        id={id("headers")}
        className={styles.wide}
        label="Custom headers"
        mono
        rows={3}
        value={values.headers}
        onChange={(event) => onChange("headers", event.target.value)}
        placeholder="X-Api-Key: …"
        hint={savedHint ?? "One per line, as Name: value. Values are stored encrypted."}
        error={errors.headers}
        spellCheck={false}
      />
      {headerNames.length > 0 && (
        <Checkbox label="Remove the saved headers" checked={values.clear_headers} onChange={(event) => onChange("clear_headers", event.target.checked)} />
      )}
    </>
  );
}
