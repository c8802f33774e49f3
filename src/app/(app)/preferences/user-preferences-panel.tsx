"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { PreferencesForm } from "./preferences-form";

const codeOf = (error: unknown) => (error as { data?: { code?: string } | null }).data?.code;

/** An admin's view of another user's preferences: the same form, destinations edited through the preferences API. */
export function UserPreferencesPanel({ userRef }: { userRef: number | string }) {
  const trpc = useTRPC();
  const preferences = useQuery(trpc.preferences.get.queryOptions({ user: userRef }));
  const code = preferences.isError ? codeOf(preferences.error) : undefined;
  return (
    <div className="stack stack--lg">
      <PageHeader
        title={preferences.data ? `Preferences of ${preferences.data.user.email}` : "User preferences"}
        description={preferences.data?.user.name ?? undefined}
        back={{ href: "/users", label: "Users" }}
      />
      {preferences.isPending ? (
        <LoadingState label="Loading the preferences…" />
      ) : preferences.isError ? (
        code === "FORBIDDEN" ? (
          <ErrorState title="Only admins can see another user's preferences" message={
              <>
                Your own are on <Link href="/preferences">My notification preferences</Link>.
              </>
            }
          />
        ) : code === "NOT_FOUND" ? (
          <ErrorState title="No such user" message={trpcErrorMessage(preferences.error)} />
        ) : (
          <ErrorState message={trpcErrorMessage(preferences.error)} onRetry={() => preferences.refetch()} retrying={preferences.isFetching} />
        )
      ) : (
        // Keyed by user, so moving from one user to the next starts a fresh form.
        <PreferencesForm key={preferences.data.user.id} saved={preferences.data} userRef={userRef} />
      )}
    </div>
  );
}
