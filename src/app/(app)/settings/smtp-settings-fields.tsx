import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { TSmtpPreset } from "@/server/smtp/smtp-presets";
import type { TSmtpSecurity } from "@/server/smtp/smtp-settings-schema";
import { smtpFieldId as fieldId, type TSmtpFormErrors, type TSmtpFormValues } from "./smtp-form-values";
import styles from "./settings.module.css";

const SECURITY_OPTIONS = [
  { value: "starttls", label: "STARTTLS (port 587)" },
  { value: "tls", label: "Implicit TLS (port 465)" },
  { value: "none", label: "None (unencrypted)" },
] as const;

export type TSmtpSettingsFieldsProps = {
  values: TSmtpFormValues;
  errors: TSmtpFormErrors;
  presets: readonly TSmtpPreset[];
  presetId: string;
  passwordSet: boolean;
  onChange: <K extends keyof TSmtpFormValues>(field: K, value: TSmtpFormValues[K]) => void;
  onSecurityChange: (security: TSmtpSecurity) => void;
  onPresetChange: (id: string) => void;
};

/** The inputs of the SMTP settings form, grouped as a server admin thinks of them. */
export function SmtpSettingsFields(props: TSmtpSettingsFieldsProps) {
  const { values, errors, presets, presetId, passwordSet, onChange, onSecurityChange, onPresetChange } = props;
  const preset = presets.find((p) => p.id === presetId);
  const passwordKept = passwordSet && !values.clear_password;
  return (
    <div className="stack stack--lg">
      <SelectField
        label="Provider preset"
        placeholder="Custom server"
        options={presets.map((p) => ({ value: p.id, label: p.label }))}
        value={presetId}
        onChange={(event) => onPresetChange(event.target.value)}
        hint={preset?.notes}
      />
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Connection</legend>
        <div className={styles.fields}>
          <TextField
            id={fieldId("smtp_server")}
            className={styles.double}
            label="SMTP server"
            value={values.smtp_server}
            onChange={(event) => onChange("smtp_server", event.target.value)}
            placeholder="smtp.example.com"
            autoComplete="off"
            spellCheck={false}
            required
            error={errors.smtp_server}
          />
          <TextField
            id={fieldId("smtp_port")}
            label="Port"
            inputMode="numeric"
            value={values.smtp_port}
            onChange={(event) => onChange("smtp_port", event.target.value)}
            required
            error={errors.smtp_port}
          />
          <SelectField
            id={fieldId("security")}
            label="Security"
            options={SECURITY_OPTIONS}
            value={values.security}
            onChange={(event) => onSecurityChange(event.target.value as TSmtpSecurity)}
            error={errors.security}
          />
          <Checkbox
            className={styles.wide}
            label="Allow self-signed certificates"
            hint="Accept a certificate no authority vouches for, such as an internal relay's. Only for servers you trust."
            checked={values.allow_self_signed}
            onChange={(event) => onChange("allow_self_signed", event.target.checked)}
          />
        </div>
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Login</legend>
        <div className={styles.fields}>
          <TextField
            id={fieldId("username")}
            label="Username"
            value={values.username}
            onChange={(event) => onChange("username", event.target.value)}
            autoComplete="off"
            spellCheck={false}
            hint={preset?.username_hint ?? "Leave empty if the server needs no login."}
            error={errors.username}
          />
          <div className="stack stack--sm">
            <TextField
              id={fieldId("password")}
              label="Password"
              type="password"
              // Never let the browser fill in the admin's own sign-in password here.
              autoComplete="new-password"
              value={values.password}
              onChange={(event) => onChange("password", event.target.value)}
              placeholder={passwordKept ? "Saved: leave empty to keep it" : undefined}
              disabled={values.clear_password}
              hint={values.clear_password ? "The saved password is removed when you save." : preset?.password_hint}
              error={errors.password}
            />
            {passwordSet && (
              <div className={styles.passwordActions}>
                <Button variant="ghost" size="sm" onClick={() => onChange("clear_password", !values.clear_password)}>
                  {values.clear_password ? "Keep saved password" : "Remove saved password"}
                </Button>
              </div>
            )}
          </div>
        </div>
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Sender</legend>
        <div className={styles.fields}>
          <TextField
            id={fieldId("from_email")}
            label="From email"
            type="email"
            value={values.from_email}
            onChange={(event) => onChange("from_email", event.target.value)}
            placeholder="notify@example.com"
            required
            error={errors.from_email}
          />
          <TextField
            id={fieldId("from_name")}
            label="From name"
            value={values.from_name}
            onChange={(event) => onChange("from_name", event.target.value)}
            placeholder="OpsConductor Notify"
            error={errors.from_name}
          />
          <TextField
            id={fieldId("reply_to")}
            label="Reply-to"
            type="email"
            value={values.reply_to}
            onChange={(event) => onChange("reply_to", event.target.value)}
            placeholder="ops-team@example.com"
            hint="Optional: where replies to notifications go."
            error={errors.reply_to}
          />
        </div>
      </fieldset>
      <Checkbox
        label="Use these settings for delivery"
        hint="When off, email goes to the built-in mail catcher (unless the environment sets a server)."
        checked={values.is_active}
        onChange={(event) => onChange("is_active", event.target.checked)}
      />
    </div>
  );
}
