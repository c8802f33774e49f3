"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";

const VERIFY_EXAMPLE = `import { Webhook } from "standardwebhooks";

// rawBody: the request body exactly as received (not re-serialised JSON)
const payload = new Webhook(process.env.OPSCONDUCTOR_WEBHOOK_SECRET).verify(rawBody, request.headers);`;

/** A webhook's signing secret, shown the one time it leaves the server: reads only ever show its mask. */
export function SigningSecretDialog({ secret, title, onClose }: { secret: string | null; title: string; onClose: () => void }) {
  return (
    <Dialog
      open={secret !== null}
      onClose={onClose}
      title={title}
      description="Give this secret to the receiving service so it can check that messages come from OpsConductor Notify."
      size="lg"
      footer={
        <Button variant="primary" onClick={onClose} data-autofocus>
          I have copied it
        </Button>
      }
    >
      {secret && (
        <div className="stack">
          <Alert tone="warning" title="This secret won't be shown again">
            It is stored encrypted and shown masked from now on. If you lose it, rotate the secret.
          </Alert>
          <div className="secret-box">
            <TextField label="Signing secret" value={secret} readOnly className="secret-box__field" inputClassName="mono" onFocus={(event) => event.currentTarget.select()} />
            <CopyButton value={secret} label="Copy secret" variant="secondary" size="md" />
          </div>
          <h3 className="section-title">How to verify</h3>
          <p className="text-sm">
            Every request carries the <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> headers <code className="mono">webhook-id</code>,{" "}
            <code className="mono">webhook-timestamp</code> and <code className="mono">webhook-signature</code> (
            <code className="mono">v1,&lt;base64 HMAC-SHA256&gt;</code> of <code className="mono">id.timestamp.body</code>). Any Standard Webhooks library verifies
            them; reject messages whose timestamp is more than a few minutes old. After a rotation, messages carry two signatures until the grace period ends.
          </p>
          <CodeBlock label="Node.js" wrap>
            {VERIFY_EXAMPLE}
          </CodeBlock>
        </div>
      )}
    </Dialog>
  );
}
