import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { SkeletonRows } from "@/components/ui/skeleton";
import { getSessionUser } from "@/server/auth/session-user";
import { AuthFrame } from "../reset-password/auth-frame";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Change your password · OpsConductor Notify" };

/**
 * Where a user with a temporary password lands after signing in, and where
 * every other page sends them until they chose their own (the signed-in
 * layout redirects here; tRPC refuses everything else).
 */
export default function ChangePasswordPage() {
  return (
    <AuthFrame title="Choose your own password" description="An admin gave you a temporary password. Replace it to continue.">
      <Suspense fallback={<SkeletonRows rows={3} columns={1} />}>
        <ChangePasswordPanel />
      </Suspense>
    </AuthFrame>
  );
}

async function ChangePasswordPanel() {
  await connection();
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  if (!user.mustChangePassword) redirect("/account");
  return <ChangePasswordForm email={user.email} currentLabel="Temporary password" next="/" />;
}
