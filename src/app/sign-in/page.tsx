import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SignInForm } from "@/components/sign-in-form";
import { ThemeToggle } from "@/components/theme-toggle";
import { Card, CardBody } from "@/components/ui/card";
import { SkeletonRows } from "@/components/ui/skeleton";

export const metadata: Metadata = {
  title: "Sign in · OpsConductor Notify",
};

export default function SignInPage() {
  return (
    <main className="auth">
      <div className="auth__corner">
        <ThemeToggle />
      </div>
      <div className="auth__panel">
        <div className="auth__brand">
          <span className="shell__logo" aria-hidden="true" />
          <h1 className="auth__title">Sign in to OpsConductor Notify</h1>
          <p className="text-muted">Delivery status, retries and settings for your notifications.</p>
        </div>
        <Card>
          <CardBody>
            {/* SignInForm reads callbackUrl with useSearchParams, which needs a Suspense boundary. */}
            <Suspense fallback={<SkeletonRows rows={3} columns={1} />}>
              <SignInForm />
            </Suspense>
            <p className="text-sm">
              <Link href="/reset-password">Forgot password?</Link>
            </p>
          </CardBody>
        </Card>
      </div>
    </main>
  );
}
