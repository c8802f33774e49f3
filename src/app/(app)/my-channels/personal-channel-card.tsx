"use client";

import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { TextField } from "@/components/ui/text-field";
import { CHANNEL_KIND_LABEL, type TChannelKind } from "@/server/destinations/channel-kind";
import type { TChannelTestResult } from "@/server/destinations/channel-test-result";
import type { TDestinationHealth } from "@/server/destinations/destination-health";
import styles from "../channels/channels.module.css";
import { DestinationState } from "../channels/destination-state";
import { TestResultAlert } from "../channels/test-result-alert";

const FIELD: Record<TChannelKind, { label: string; type: "url" | "tel"; placeholder: string; hint: string }> = {
  slack: { label: "Webhook URL", type: "url", placeholder: "https://hooks.slack.com/services/…", hint: "An incoming webhook that posts to you or your channel." },
  teams: { label: "Webhook URL", type: "url", placeholder: "https://….logic.azure.com/workflows/…", hint: 'A Teams Workflows URL ("Send webhook alerts to a chat or channel").' },
  webhook: { label: "URL", type: "url", placeholder: "https://example.com/hooks/me", hint: "Receives signed JSON (Standard Webhooks); the signing secret is shown once, when you first save." },
  sms: { label: "Phone number", type: "tel", placeholder: "+14155550123", hint: "In international form. Sent through the organisation's SMS provider." },
};

export type TPersonalChannelCardProps = {
  kind: TChannelKind;
  id: string;
  /** The saved destination's mask, or null when none is saved. */
  savedMask: string | null;
  health: TDestinationHealth | null;
  enabled: boolean;
  value: string;
  error?: string;
  onEnabledChange: (enabled: boolean) => void;
  onValueChange: (value: string) => void;
  onRemove: () => void;
  /** Whose channel it is, for the wording: an admin edits someone else's on their preferences page. */
  owner?: "self" | "other";
  /** Heading level of the card title: h3 when the cards sit under a section heading. */
  as?: "h2" | "h3";
  /** Without it there is no "Send test" (tests only ever act on one's own channels). */
  onTest?: () => void;
  result?: TChannelTestResult | null;
  testing?: boolean;
  reenabling?: boolean;
  onReenable?: (destinationKey: string) => void;
  /** Warnings about the saved value and extra actions (rotate secret). */
  children?: ReactNode;
  actions?: ReactNode;
};

const WORDS = {
  self: { owner: "my", possessive: "your", recipient: "me" },
  other: { owner: "their", possessive: "their", recipient: "this user" },
};

const ignoreReenable = () => undefined;

/** One personal channel on "My channels": on/off, the destination (masked when saved), a test and its result. */
export function PersonalChannelCard(props: TPersonalChannelCardProps) {
  const { kind, id, savedMask, health, enabled, value, error, result, testing = false, reenabling = false, onTest } = props;
  const field = FIELD[kind];
  const label = CHANNEL_KIND_LABEL[kind];
  const words = WORDS[props.owner ?? "self"];
  return (
    <Card>
      <CardHeader
        title={label}
        as={props.as}
        actions={
          savedMask ? (
            <DestinationState
              enabled={enabled}
              health={health}
              name={`${words.possessive} ${label} channel`}
              reenabling={reenabling}
              onReenable={props.onReenable ?? ignoreReenable}
            />
          ) : (
            <Badge tone="neutral">Not set up</Badge>
          )
        }
      />
      <CardBody>
        <fieldset className={styles.group}>
          <legend className="visually-hidden">{label}</legend>
          <div className="stack">
            <Checkbox label="Enabled" hint={`Send notifications addressed to ${words.recipient} by ${label} too.`} checked={enabled} onChange={(event) => props.onEnabledChange(event.target.checked)} />
            <TextField
              id={id}
              label={field.label}
              type={field.type}
              inputMode={field.type}
              autoComplete={kind === "sms" ? "tel" : "off"}
              spellCheck={false}
              placeholder={savedMask ?? field.placeholder}
              hint={savedMask ? `Saved: ${savedMask}. Leave empty to keep it; type a new one to replace it.` : field.hint}
              value={value}
              onChange={(event) => props.onValueChange(event.target.value)}
              error={error}
            />
            {props.children}
            {(onTest || props.actions || savedMask) && (
              <div className={styles.cardActions}>
                {onTest && (
                  <Button size="sm" loading={testing} onClick={onTest} aria-label={`Send test to my ${label} channel`}>
                    Send test
                  </Button>
                )}
                {props.actions}
                {savedMask && (
                  <Button size="sm" variant="ghost" onClick={props.onRemove} aria-label={`Remove ${words.owner} ${label} destination`}>
                    Remove
                  </Button>
                )}
              </div>
            )}
            {onTest && !savedMask && !value && <p className="text-sm text-muted">Type a destination to test it before saving.</p>}
            {result && <TestResultAlert result={result} />}
          </div>
        </fieldset>
      </CardBody>
    </Card>
  );
}
