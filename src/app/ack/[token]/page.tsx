import type { Metadata } from "next";
import { Suspense } from "react";
import { AckPanel } from "./ack-panel";

export const metadata: Metadata = { title: "Acknowledge incident · OpsConductor Notify" };

/** Reached from an incident's message without signing in; the link itself is the credential. */
export default async function AckPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ result?: string }> }) {
  return (
    <main className="auth">
      <div className="auth__panel">
        <div className="auth__brand">
          <span className="shell__logo" aria-hidden="true" />
          <h1 className="auth__title">Acknowledge incident</h1>
        </div>
        <Suspense fallback={<p className="text-muted">Loading the incident…</p>}>
          <AckPanel params={params} searchParams={searchParams} />
        </Suspense>
      </div>
    </main>
  );
}
