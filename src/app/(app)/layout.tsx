import { redirect } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { getSessionUser } from "@/server/auth/session-user";
import { privateDestinationsAllowed } from "@/server/channels/http/validate-destination-url";

// Every page in this group needs a signed-in user; the tRPC procedures check again.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  // Per-request: never prerendered at build time, where there is no session (or env).
  await connection();
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  if (user.mustChangePassword) redirect("/change-password");
  return (
    <AppShell user={user} privateDestinationsAllowed={privateDestinationsAllowed()}>
      {children}
    </AppShell>
  );
}
