"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";

export type TNewApiKey = { name: string; secret: string };

/** Shows a new key's secret the one time it exists outside the caller's hands: the server keeps only a hash. */
export function ApiKeySecretDialog({ apiKey, onClose }: { apiKey: TNewApiKey | null; onClose: () => void }) {
  return (
    <Dialog
      open={apiKey !== null}
      onClose={onClose}
      title={`API key "${apiKey?.name ?? ""}" created`}
      description="Copy the secret now and store it where the executor reads its configuration."
      footer={
        <Button variant="primary" onClick={onClose} data-autofocus>
          I have copied it
        </Button>
      }
    >
      {apiKey && (
        <div className="stack">
          <Alert tone="warning" title="This secret won't be shown again">
            Only a hash is stored. If you lose it, revoke this key and create a new one.
          </Alert>
          <div className="secret-box">
            <TextField
              label="Secret"
              value={apiKey.secret}
              readOnly
              className="secret-box__field"
              inputClassName="mono"
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyButton value={apiKey.secret} label="Copy secret" variant="secondary" size="md" />
          </div>
          <p className="text-sm text-muted">
            Send it as <code className="mono">Authorization: Bearer &lt;secret&gt;</code> with every API request.
          </p>
        </div>
      )}
    </Dialog>
  );
}
