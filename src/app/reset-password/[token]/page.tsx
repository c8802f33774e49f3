import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { Alert } from "@/components/ui/alert";
import { SkeletonRows } from "@/components/ui/skeleton";
import { describePasswordReset } from "@/server/users/describe-password-reset";
import { AuthFrame } from "../auth-frame";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password · OpsConductor Notify" };

/** Reached from a reset email without signing in; opening the link uses nothing up (mail scanners follow links). */
export default function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  return (
    <AuthFrame title="Choose a new password">
      <Suspense fallback={<SkeletonRows rows={3} columns={1} label="Checking the link…" />}>
        <ResetPasswordPanel params={params} />
      </Suspense>
    </AuthFrame>
  );
}

async function ResetPasswordPanel({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const reset = await describePasswordReset(token);
  if (!reset.ok) {
    return (
      <div className="stack">
        <Alert tone="danger" title="This link cannot be used">
          {reset.problem}
        </Alert>
        <Link href="/reset-password">Ask for a new link</Link>
      </div>
    );
  }
  return <ResetPasswordForm token={token} email={reset.email} />;
}
