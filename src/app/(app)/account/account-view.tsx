"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { ChangePasswordForm } from "../../change-password/change-password-form";
import { PersonalApiKeys } from "./personal-api-keys";
import { ProfileForm } from "./profile-form";

/** The signed-in user's own page: name and time zone, password, and their personal API keys. */
export function AccountView() {
  const trpc = useTRPC();
  const account = useQuery(trpc.users.account.queryOptions());
  return (
    <div className="stack stack--lg">
      <PageHeader title="My account" description="Your name and time zone, your password, and the API keys you use yourself." />
      {account.isPending ? (
        <LoadingState label="Loading your account…" />
      ) : account.isError ? (
        <ErrorState message={trpcErrorMessage(account.error)} onRetry={() => account.refetch()} retrying={account.isFetching} />
      ) : (
        <>
          <Card>
            <CardHeader title="Profile" description={`You sign in as ${account.data.email}.`} />
            <CardBody>
              <ProfileForm account={account.data} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="Password" description="Changing it signs you out everywhere else; this browser stays signed in." />
            <CardBody>
              <ChangePasswordForm email={account.data.email} next="/account" />
            </CardBody>
          </Card>
          <PersonalApiKeys allowedScopes={account.data.allowed_scopes} role={account.data.role} />
        </>
      )}
    </div>
  );
}
