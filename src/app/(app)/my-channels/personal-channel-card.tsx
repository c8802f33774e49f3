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
  result: TChannelTestResult | null;
  testing: boolean;
  reenabling: boolean;
  onEnabledChange: (enabled: boolean) => void;
  onValueChange: (value: string) => void;
  onTest: () => void;
  onRemove: () => void;
  onReenable: (destinationKey: string) => void;
  /** Warnings about the saved value and extra actions (rotate secret). */
  children?: ReactNode;
  actions?: ReactNode;
};

/** One personal channel on "My channels": on/off, the destination (masked when saved), a test and its result. */
export function PersonalChannelCard(props: TPersonalChannelCardProps) {
  const { kind, id, savedMask, health, enabled, value, error, result, testing, reenabling } = props;
  const field = FIELD[kind];
  const label = CHANNEL_KIND_LABEL[kind];
  return (
    <Card>
      <CardHeader
        title={label}
        actions={
          savedMask ? (
            <DestinationState enabled={enabled} health={health} name={`your ${label} channel`} reenabling={reenabling} onReenable={props.onReenable} />
          ) : (
            <Badge tone="neutral">Not set up</Badge>
          )
        }
      />
      <CardBody>
        <fieldset className={styles.group}>
          <legend className="visually-hidden">{label}</legend>
          <div className="stack">
            <Checkbox label="Enabled" hint={`Send notifications addressed to me by ${label} too.`} checked={enabled} onChange={(event) => props.onEnabledChange(event.target.checked)} />
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
            <div className={styles.cardActions}>
              <Button size="sm" loading={testing} onClick={props.onTest} aria-label={`Send test to my ${label} channel`}>
                Send test
              </Button>
              {props.actions}
              {savedMask && (
                <Button size="sm" variant="ghost" onClick={props.onRemove} aria-label={`Remove my ${label} destination`}>
                  Remove
                </Button>
              )}
            </div>
            {!savedMask && !value && <p className="text-sm text-muted">Type a destination to test it before saving.</p>}
            {result && <TestResultAlert result={result} />}
          </div>
        </fieldset>
      </CardBody>
    </Card>
  );
}
