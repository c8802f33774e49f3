"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Image from "next/image";
import { useState, type CSSProperties, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import type { TBrandingInput } from "@/server/templates/custom/branding";
import { useTRPC } from "@/trpc/react";
import brandingStyles from "./branding.module.css";
import styles from "./settings.module.css";

type TBrandingValues = { product_name: string; logo_url: string; accent_color: string; footer_text: string; support_url: string };
type TBrandingErrors = Partial<Record<keyof TBrandingValues, string>>;

const HEX = /^#[0-9a-fA-F]{6}$/;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const httpUrl = (text: string) => /^https?:\/\/\S+$/i.test(text.trim());

/** Settings → Branding: the name, logo, accent colour and footer every email layout and chat footer shows. */
export function BrandingCard() {
  const trpc = useTRPC();
  const branding = useQuery(trpc.templates.branding.get.queryOptions());
  return (
    <Card>
      <CardHeader title="Branding" description="How every email presents your organisation: the wordmark above the message, the accent colour and the footer. Chat footers use the product name." />
      {branding.isPending ? (
        <CardBody>
          <LoadingState label="Loading branding…" />
        </CardBody>
      ) : branding.isError ? (
        <CardBody>
          <ErrorState message={trpcErrorMessage(branding.error)} onRetry={() => branding.refetch()} retrying={branding.isFetching} />
        </CardBody>
      ) : (
        <BrandingForm
          key={JSON.stringify(branding.data)}
          initial={{
            product_name: branding.data.product_name,
            logo_url: branding.data.logo_url ?? "",
            accent_color: branding.data.accent_color,
            footer_text: branding.data.footer_text ?? "",
            support_url: branding.data.support_url ?? "",
          }}
        />
      )}
    </Card>
  );
}

function BrandingForm({ initial }: { initial: TBrandingValues }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<TBrandingErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation(trpc.templates.branding.save.mutationOptions());
  const accentValid = HEX.test(values.accent_color.trim());

  function change(field: keyof TBrandingValues, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setFormError(null);
    const found: TBrandingErrors = {};
    if (!values.product_name.trim()) found.product_name = "Enter the product name.";
    if (!accentValid) found.accent_color = "Enter a colour like #4f46e5.";
    for (const field of ["logo_url", "support_url"] as const) if (values[field].trim() && !httpUrl(values[field])) found[field] = "Enter an http(s) URL.";
    setErrors(found);
    if (Object.keys(found).length) return;
    const input: TBrandingInput = {
      product_name: values.product_name.trim(),
      logo_url: values.logo_url.trim() || null,
      accent_color: values.accent_color.trim(),
      footer_text: values.footer_text.trim() || null,
      support_url: values.support_url.trim() || null,
    };
    save.mutate(input, {
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.templates.branding.get.queryKey(), saved);
        toast({ tone: "success", title: "Branding saved", description: "Emails and chat messages use it from now on." });
      },
      onError: (error) => {
        const fieldErrors = (error as { data?: { fieldErrors?: Record<string, string[]> | null } | null }).data?.fieldErrors ?? {};
        const fromServer = Object.fromEntries(Object.entries(fieldErrors).filter(([path]) => path in values).map(([path, messages]) => [path, `${capitalise(messages.join(", "))}.`]));
        setErrors(fromServer);
        if (!Object.keys(fromServer).length) setFormError(trpcErrorMessage(error));
      },
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-busy={save.isPending || undefined}>
      <CardBody>
        <div className="stack stack--lg">
          {formError && <Alert tone="danger">{formError}</Alert>}
          <div className={styles.fields}>
            <TextField label="Product name" value={values.product_name} onChange={(event) => change("product_name", event.target.value)} maxLength={60} required error={errors.product_name} />
            <TextField
              className={styles.double}
              label="Logo URL"
              type="url"
              value={values.logo_url}
              onChange={(event) => change("logo_url", event.target.value)}
              placeholder="https://example.com/logo.png"
              hint="An image about 24 px high, shown before the name. Left empty, the name stands alone."
              error={errors.logo_url}
            />
            <div className={brandingStyles.colourRow}>
              <input
                type="color"
                className={brandingStyles.colourPicker}
                aria-label="Pick the accent colour"
                value={accentValid ? values.accent_color.trim().toLowerCase() : "#4f46e5"}
                onChange={(event) => change("accent_color", event.target.value)}
              />
              <TextField
                className={brandingStyles.colourText}
                label="Accent colour"
                value={values.accent_color}
                onChange={(event) => change("accent_color", event.target.value)}
                inputClassName="mono"
                placeholder="#4f46e5"
                spellCheck={false}
                error={errors.accent_color}
              />
            </div>
            <TextField
              className={styles.double}
              label="Support link"
              type="url"
              value={values.support_url}
              onChange={(event) => change("support_url", event.target.value)}
              placeholder="https://help.example.com"
              hint="Shown as “Help:” in the footer of every email."
              error={errors.support_url}
            />
            <TextArea
              className={styles.wide}
              label="Footer text"
              rows={2}
              value={values.footer_text}
              onChange={(event) => change("footer_text", event.target.value)}
              maxLength={500}
              hint="A line under every email, such as the company's address."
              error={errors.footer_text}
            />
          </div>
          <WordmarkPreview values={values} accent={accentValid ? values.accent_color.trim() : initial.accent_color} />
        </div>
      </CardBody>
      <CardFooter>
        <Button type="submit" loading={save.isPending}>
          Save branding
        </Button>
      </CardFooter>
    </form>
  );
}

/** The top and bottom of an email with the values as typed, before they are saved. */
function WordmarkPreview({ values, accent }: { values: TBrandingValues; accent: string }) {
  const logo = httpUrl(values.logo_url) ? values.logo_url.trim() : null;
  // The accent is the admin's own value, not a colour of this app's palette: it can only be set inline.
  const accentStyle = { "--brand-accent": accent } as CSSProperties;
  return (
    <section className={brandingStyles.preview} style={accentStyle} aria-label="Preview of the email header">
      <p className={brandingStyles.wordmark}>
        {logo && <Image key={logo} src={logo} alt="" width={96} height={24} unoptimized className={brandingStyles.logo} />}
        <span>{values.product_name.trim() || "Product name"}</span>
      </p>
      <div className={brandingStyles.card}>
        <span className={brandingStyles.badge}>Warning</span>
        <p className={brandingStyles.heading}>nightly-backup failed on db-01</p>
        <p className="text-sm text-muted">The message of the notification goes here.</p>
      </div>
      {(values.footer_text.trim() || values.support_url.trim()) && (
        <div className="text-sm text-muted">
          {values.footer_text.trim() && <p className={brandingStyles.footer}>{values.footer_text.trim()}</p>}
          {values.support_url.trim() && (
            <p className={brandingStyles.footer}>
              Help: <span className={brandingStyles.support}>{values.support_url.trim()}</span>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
