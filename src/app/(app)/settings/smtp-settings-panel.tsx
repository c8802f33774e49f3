"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { BrandingCard } from "./branding-card";
import { SmtpSettingsForm } from "./smtp-settings-form";
import { SmtpSourceBanner } from "./smtp-source-banner";

export function SmtpSettingsPanel() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.smtpSettings.get.queryOptions());
  const presets = useQuery({ ...trpc.smtpSettings.presets.queryOptions(), staleTime: Infinity });

  return (
    <div className="stack stack--lg">
      <PageHeader
        title="Notification settings"
        description="The SMTP server every notification email goes through. Test it before you save, and again whenever delivery fails."
      />
      {settings.isPending ? (
        <LoadingState label="Loading SMTP settings…" />
      ) : settings.isError ? (
        <ErrorState message={trpcErrorMessage(settings.error)} onRetry={() => settings.refetch()} retrying={settings.isFetching} />
      ) : (
        <>
          <SmtpSourceBanner settings={settings.data} />
          <SmtpSettingsForm initial={settings.data} presets={presets.data ?? []} />
        </>
      )}
      <BrandingCard />
    </div>
  );
}
