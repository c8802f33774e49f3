"use client";

import { CodeBlock } from "@/components/ui/code-block";
import { OneTimeSecretDialog } from "@/components/ui/one-time-secret-dialog";

const VERIFY_EXAMPLE = `import { Webhook } from "standardwebhooks";

// rawBody: the request body exactly as received (not re-serialised JSON)
const payload = new Webhook(process.env.OPSCONDUCTOR_WEBHOOK_SECRET).verify(rawBody, request.headers);`;

/** A webhook's signing secret, shown the one time it leaves the server: reads only ever show its mask. */
export function SigningSecretDialog({ secret, title, onClose }: { secret: string | null; title: string; onClose: () => void }) {
  return (
    <OneTimeSecretDialog
      secret={secret}
      title={title}
      description="Give this secret to the receiving service so it can check that messages come from OpsConductor Notify."
      fieldLabel="Signing secret"
      storedNote="It is stored encrypted and shown masked from now on. If you lose it, rotate the secret."
      size="lg"
      onClose={onClose}
    >
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
    </OneTimeSecretDialog>
  );
}
