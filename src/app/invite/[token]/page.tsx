import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { Alert } from "@/components/ui/alert";
import { SkeletonRows } from "@/components/ui/skeleton";
import { describeInvitation } from "@/server/users/describe-invitation";
import { AuthFrame } from "../../reset-password/auth-frame";
import { AcceptInvitationForm } from "./accept-invitation-form";

export const metadata: Metadata = { title: "Accept invitation · OpsConductor Notify" };

const ROLE_WORDS = { ADMIN: "an admin: you can change everything, users included", OPERATOR: "an operator: you can act on notifications, incidents and the queue", VIEWER: "a viewer: you can see everything and change nothing" };

/** Reached from an invitation email without signing in; opening the link uses nothing up (mail scanners follow links). */
export default function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  return (
    <AuthFrame title="Join OpsConductor Notify">
      <Suspense fallback={<SkeletonRows rows={4} columns={1} label="Checking the invitation…" />}>
        <InvitationPanel params={params} />
      </Suspense>
    </AuthFrame>
  );
}

async function InvitationPanel({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const invitation = await describeInvitation(token);
  if (!invitation.ok) {
    return (
      <div className="stack">
        <Alert tone="danger" title="This invitation cannot be used">
          {invitation.problem}
        </Alert>
        <Link href="/sign-in">Go to sign-in</Link>
      </div>
    );
  }
  return (
    <div className="stack">
      <p className="text-muted">You are invited as {ROLE_WORDS[invitation.role]}. Choose your name and password.</p>
      <AcceptInvitationForm token={token} email={invitation.email} suggestedName={invitation.name} />
    </div>
  );
}
