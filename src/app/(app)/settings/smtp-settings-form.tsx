"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { zodFieldErrors } from "@/server/errors/app-error";
import type { TSmtpSettingsView } from "@/server/smtp/get-smtp-settings";
import type { TSmtpDiagnosis } from "@/server/smtp/run-smtp-check";
import type { TSmtpPreset } from "@/server/smtp/smtp-presets";
import { ZSmtpSendTestEmailInput, ZSmtpSettingsInput, type TSmtpSecurity } from "@/server/smtp/smtp-settings-schema";
import { useTRPC } from "@/trpc/react";
import { SmtpDiagnosisAlert } from "./smtp-diagnosis-alert";
import { SmtpSettingsFields } from "./smtp-settings-fields";
import {
  applyPreset,
  DEFAULT_PORT,
  formErrorsFrom,
  formValuesFrom,
  settingsInputFrom,
  smtpFieldId,
  type TSmtpFormErrors,
  type TSmtpFormField,
  type TSmtpFormValues,
} from "./smtp-form-values";
import styles from "./settings.module.css";

const FIELD_ORDER: TSmtpFormField[] = ["smtp_server", "smtp_port", "security", "username", "password", "from_email", "from_name", "reply_to", "to"];

type TServerError = { data?: { fieldErrors?: Record<string, string[]> | null } | null };

export function SmtpSettingsForm({ initial, presets }: { initial: TSmtpSettingsView; presets: readonly TSmtpPreset[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const [values, setValues] = useState(() => formValuesFrom(initial));
  const [errors, setErrors] = useState<TSmtpFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [presetId, setPresetId] = useState("");
  const [testTo, setTestTo] = useState("");
  const [diagnosis, setDiagnosis] = useState<{ action: "test" | "send"; result: TSmtpDiagnosis } | null>(null);

  const save = useMutation(trpc.smtpSettings.save.mutationOptions());
  const testConnection = useMutation(trpc.smtpSettings.testConnection.mutationOptions());
  const sendTestEmail = useMutation(trpc.smtpSettings.sendTestEmail.mutationOptions());
  const busy = save.isPending || testConnection.isPending || sendTestEmail.isPending;

  function update<K extends keyof TSmtpFormValues>(field: K, value: TSmtpFormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    if (field in errors) setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function changeSecurity(security: TSmtpSecurity) {
    // Follow the port along when it is still the previous mode's usual one.
    const port = values.smtp_port === DEFAULT_PORT[values.security] ? DEFAULT_PORT[security] : values.smtp_port;
    setValues((current) => ({ ...current, security, smtp_port: port }));
  }

  function choosePreset(id: string) {
    setPresetId(id);
    const chosen = presets.find((p) => p.id === id);
    if (chosen) setValues((current) => applyPreset(current, chosen));
    setErrors({});
  }

  /** Validates with the same schemas as the server; shows and focuses the first bad field. */
  function validate(withRecipient: boolean) {
    const settings = settingsInputFrom(values);
    const result = withRecipient ? ZSmtpSendTestEmailInput.safeParse({ settings, to: testTo }) : ZSmtpSettingsInput.safeParse(settings);
    const found = result.success ? {} : formErrorsFrom(zodFieldErrors(result.error));
    showErrors(found);
    return result.success ? settings : null;
  }

  function showErrors(found: TSmtpFormErrors) {
    setErrors(found);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) document.getElementById(smtpFieldId(first))?.focus();
  }

  function handleError(error: unknown) {
    const found = formErrorsFrom((error as TServerError).data?.fieldErrors);
    showErrors(found);
    setFormError(Object.keys(found).length ? null : trpcErrorMessage(error));
  }

  function handleSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const settings = validate(false);
    if (!settings) return;
    save.mutate(settings, {
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.smtpSettings.get.queryKey(), saved);
        setValues((current) => ({ ...current, password: "", clear_password: false }));
        toast({ tone: "success", title: "SMTP settings saved", description: `Email now goes through ${saved.source_description}.` });
      },
      onError: handleError,
    });
  }

  function handleTest() {
    if (busy) return;
    setFormError(null);
    const settings = validate(false);
    if (!settings) return;
    setDiagnosis(null);
    testConnection.mutate({ settings }, { onSuccess: (result) => setDiagnosis({ action: "test", result }), onError: handleError });
  }

  function handleSend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const settings = validate(true);
    if (!settings) return;
    setDiagnosis(null);
    sendTestEmail.mutate({ settings, to: testTo.trim() }, { onSuccess: (result) => setDiagnosis({ action: "send", result }), onError: handleError });
  }

  return (
    <div className="stack">
      {formError && <Alert tone="danger">{formError}</Alert>}
      <form onSubmit={handleSave} noValidate aria-busy={save.isPending || undefined}>
        <Card>
          <CardHeader title="SMTP server" description="Pick a provider to fill in its server, or enter your own." />
          <CardBody>
            <SmtpSettingsFields
              values={values}
              errors={errors}
              presets={presets}
              presetId={presetId}
              passwordSet={initial.password_set}
              onChange={update}
              onSecurityChange={changeSecurity}
              onPresetChange={choosePreset}
            />
          </CardBody>
          <CardFooter>
            <Button onClick={handleTest} loading={testConnection.isPending}>
              Test connection
            </Button>
            <Button type="submit" variant="primary" loading={save.isPending}>
              Save settings
            </Button>
          </CardFooter>
        </Card>
      </form>
      {diagnosis?.action === "test" && <SmtpDiagnosisAlert {...diagnosis} />}
      <form onSubmit={handleSend} noValidate aria-busy={sendTestEmail.isPending || undefined}>
        <Card>
          <CardHeader title="Test email" description="Sends a real message through the server above, as filled in (saved or not)." />
          <CardBody>
            <div className={styles.sendRow}>
              <TextField
                id={smtpFieldId("to")}
                label="Send test to"
                type="email"
                value={testTo}
                onChange={(event) => {
                  setTestTo(event.target.value);
                  if (errors.to) setErrors((current) => ({ ...current, to: undefined }));
                }}
                placeholder="you@example.com"
                autoComplete="email"
                error={errors.to}
              />
              <Button type="submit" loading={sendTestEmail.isPending}>
                Send test email
              </Button>
            </div>
          </CardBody>
        </Card>
      </form>
      {diagnosis?.action === "send" && <SmtpDiagnosisAlert {...diagnosis} />}
    </div>
  );
}
