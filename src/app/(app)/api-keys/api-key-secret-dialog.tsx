"use client";

import { OneTimeSecretDialog } from "@/components/ui/one-time-secret-dialog";

export type TNewApiKey = { name: string; secret: string };

/** Shows a new key's secret the one time it exists outside the caller's hands: the server keeps only a hash. */
export function ApiKeySecretDialog({ apiKey, onClose }: { apiKey: TNewApiKey | null; onClose: () => void }) {
  return (
    <OneTimeSecretDialog
      secret={apiKey?.secret ?? null}
      title={`API key "${apiKey?.name ?? ""}" created`}
      description="Copy the secret now and store it where the executor reads its configuration."
      fieldLabel="Secret"
      storedNote="Only a hash is stored. If you lose it, revoke this key and create a new one."
      onClose={onClose}
    >
      <p className="text-sm text-muted">
        Send it as <code className="mono">Authorization: Bearer &lt;secret&gt;</code> with every API request.
      </p>
    </OneTimeSecretDialog>
  );
}
