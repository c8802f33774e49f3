"use client";

import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { SelectField } from "@/components/ui/select-field";
import { Td, Tr } from "@/components/ui/table";
import { TextField } from "@/components/ui/text-field";
import { EVENT_SEVERITIES, type TEventSeverity } from "@/server/events/event-severity";
import { PREFERENCE_CHANNELS, type TPreferenceChannel } from "@/server/preferences/subscription";
import styles from "./preferences.module.css";
import { DEFAULT_DIGEST_AT, type TSubscriptionDelivery, type TSubscriptionField, type TSubscriptionRow } from "./subscription-rows";

export const PATTERN_LIST_ID = "preferences-pattern-examples";

const CHANNEL_LABEL: Record<TPreferenceChannel, string> = { email: "Email", slack: "Slack", teams: "Teams", webhook: "Webhook", sms: "SMS" };
const SEVERITY_LABEL: Record<TEventSeverity, string> = { info: "Info and above", warning: "Warning and above", critical: "Critical only" };
const SEVERITY_OPTIONS = EVENT_SEVERITIES.map((severity) => ({ value: severity, label: SEVERITY_LABEL[severity] }));
const DELIVERY_OPTIONS: { value: TSubscriptionDelivery; label: string }[] = [
  { value: "now", label: "Each at once" },
  { value: "hourly", label: "Hourly digest" },
  { value: "daily", label: "Daily digest" },
];

export type TSubscriptionRowProps = {
  row: TSubscriptionRow;
  index: number;
  count: number;
  errors: Partial<Record<TSubscriptionField, string>>;
  /** Channels that are switched on and have a destination; the others are marked "off". */
  reachable: ReadonlySet<TPreferenceChannel>;
  /** Why this row can never decide anything, if so. */
  shadowing: string | null;
  onChange: (patch: Partial<TSubscriptionRow>, field: TSubscriptionField) => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
};

export const rowControlId = (row: Pick<TSubscriptionRow, "key">, control: "pattern" | "up" | "down" | "remove") => `${row.key}-${control}`;

export function SubscriptionRow({ row, index, count, errors, reachable, shadowing, onChange, onMove, onRemove }: TSubscriptionRowProps) {
  const position = index + 1;
  const name = row.pattern.trim() ? `subscription ${position} (${row.pattern.trim()})` : `subscription ${position}`;
  const channelsErrorId = `${row.key}-channels-error`;
  return (
    <Tr>
      <Td label="Order" numeric nowrap>
        {position}
      </Td>
      <Td label="Event type" className={styles.patternCell}>
        <TextField
          id={rowControlId(row, "pattern")}
          label={<span className="visually-hidden">Event type pattern of subscription {position}</span>}
          list={PATTERN_LIST_ID}
          inputClassName="mono"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          placeholder="job.failed"
          value={row.pattern}
          hint={shadowing ?? undefined}
          error={errors.pattern}
          onChange={(event) => onChange({ pattern: event.target.value }, "pattern")}
        />
      </Td>
      <Td label="Minimum severity">
        <SelectField
          label={<span className="visually-hidden">Minimum severity of subscription {position}</span>}
          options={SEVERITY_OPTIONS}
          value={row.min_severity}
          error={errors.min_severity}
          onChange={(event) => onChange({ min_severity: event.target.value as TEventSeverity }, "min_severity")}
        />
      </Td>
      <Td label="Channels">
        <fieldset className={styles.group} aria-describedby={errors.channels ? channelsErrorId : undefined}>
          <legend className="visually-hidden">Channels of subscription {position}</legend>
          <div className={styles.choices}>
            {PREFERENCE_CHANNELS.map((channel) => (
              <Checkbox
                key={channel}
                label={reachable.has(channel) ? CHANNEL_LABEL[channel] : `${CHANNEL_LABEL[channel]} (off)`}
                checked={row.channels.includes(channel)}
                data-invalid={errors.channels && channel === "email" ? "true" : undefined}
                onChange={(event) =>
                  onChange(
                    { channels: event.target.checked ? PREFERENCE_CHANNELS.filter((other) => other === channel || row.channels.includes(other)) : row.channels.filter((other) => other !== channel) },
                    "channels",
                  )
                }
              />
            ))}
          </div>
          {row.channels.length === 0 && <p className="field__hint">None ticked: matching events reach you nowhere.</p>}
          {errors.channels && (
            <p id={channelsErrorId} className="field__error">
              {errors.channels}
            </p>
          )}
        </fieldset>
      </Td>
      <Td label="Delivery">
        <div className={styles.delivery}>
          <SelectField
            label={<span className="visually-hidden">Delivery of subscription {position}</span>}
            options={DELIVERY_OPTIONS}
            value={row.delivery}
            error={errors.digest}
            hint={row.delivery === "now" ? undefined : "Critical events still go at once."}
            onChange={(event) => {
              const delivery = event.target.value as TSubscriptionDelivery;
              onChange({ delivery, digest_at: delivery === "daily" ? row.digest_at || DEFAULT_DIGEST_AT : "" }, "digest");
            }}
          />
          {row.delivery === "daily" && (
            <TextField
              type="time"
              label={<span className="visually-hidden">Daily digest time of subscription {position}, in your time zone</span>}
              value={row.digest_at}
              error={errors.digest_at}
              onChange={(event) => onChange({ digest_at: event.target.value }, "digest_at")}
            />
          )}
        </div>
      </Td>
      <Td>
        <div className={styles.rowActions}>
          <Button id={rowControlId(row, "up")} size="sm" variant="ghost" disabled={index === 0} aria-label={`Move ${name} up`} onClick={() => onMove(-1)}>
            ↑ Up
          </Button>
          <Button id={rowControlId(row, "down")} size="sm" variant="ghost" disabled={index === count - 1} aria-label={`Move ${name} down`} onClick={() => onMove(1)}>
            ↓ Down
          </Button>
          <Button id={rowControlId(row, "remove")} size="sm" variant="ghost" aria-label={`Remove ${name}`} onClick={onRemove}>
            Remove
          </Button>
        </div>
      </Td>
    </Tr>
  );
}
