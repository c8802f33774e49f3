"use client";

import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";

export type TEmailChannelCardProps = {
  email: string;
  enabled: boolean;
  self: boolean;
  error?: string;
  onChange: (enabled: boolean) => void;
};

/** Email needs no destination (it is the account's address): only the switch, saved with the rest of the preferences. */
export function EmailChannelCard({ email, enabled, self, error, onChange }: TEmailChannelCardProps) {
  return (
    <Card>
      <CardHeader
        as="h3"
        title="Email"
        actions={
          enabled ? (
            <Badge tone="success" dot>
              Enabled
            </Badge>
          ) : (
            <Badge tone="neutral">Switched off</Badge>
          )
        }
      />
      <CardBody>
        <Checkbox
          id="preferences-email-enabled"
          label="Enabled"
          hint={`Send notifications addressed to ${self ? "me" : "this user"} by email, to ${email}. Saved with “Save preferences”.`}
          checked={enabled}
          error={error}
          onChange={(event) => onChange(event.target.checked)}
        />
      </CardBody>
    </Card>
  );
}
