"use client";

import type { Completion } from "@codemirror/autocomplete";
import type { EditorView } from "@codemirror/view";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Tabs } from "@/components/ui/tabs";
import type { TTemplateChannel } from "@/server/templates/custom/template-input-schema";
import { ChannelFields } from "./channel-fields";
import { CHANNEL_LABEL, TEMPLATE_CHANNELS } from "./template-fields";
import type { TTemplateFormState } from "./template-form-state";
import type { TFieldErrors } from "./template-server-errors";
import styles from "./templates.module.css";

export type TChannelTabsProps = {
  values: TTemplateFormState;
  active: TTemplateChannel;
  onActiveChange: (channel: TTemplateChannel) => void;
  readOnly: boolean;
  completions: readonly Completion[];
  customKeys: readonly string[];
  serverErrors: TFieldErrors | null;
  onBodyChange: (channel: TTemplateChannel, name: string, value: string) => void;
  onAdd: (channel: TTemplateChannel) => void;
  onRemove: (channel: TTemplateChannel) => void;
  onFocusView: (view: EditorView) => void;
};

const errorCount = (errors: TFieldErrors | null, channel: TTemplateChannel) =>
  Object.entries(errors ?? {}).reduce((count, [path, messages]) => count + (path.startsWith(`bodies.${channel}.`) ? messages.length : 0), 0);

/** One tab per channel the template has a body for, and buttons to add the others. */
export function ChannelTabs(props: TChannelTabsProps) {
  const { values, active, onActiveChange, readOnly, serverErrors, onAdd, onRemove } = props;
  const missing = TEMPLATE_CHANNELS.filter((channel) => !values.channels.includes(channel));
  const removable = !readOnly && values.channels.length > 1;

  return (
    <Card>
      <CardHeader
        title="Message bodies"
        description="One body per channel. A channel without a body gets the built-in message when this template applies."
      />
      <CardBody>
        <div className="stack">
          <Tabs
            label="Channels"
            value={active}
            onValueChange={(id) => onActiveChange(id as TTemplateChannel)}
            items={values.channels.map((channel) => {
              const errors = errorCount(serverErrors, channel);
              return {
                id: channel,
                label: (
                  <span className={styles.tabLabel}>
                    {CHANNEL_LABEL[channel]}
                    {errors > 0 && (
                      <Badge tone="danger">
                        {errors}
                        <span className="visually-hidden"> {errors === 1 ? "problem" : "problems"}</span>
                      </Badge>
                    )}
                  </span>
                ),
                content: (
                  <ChannelFields
                    channel={channel}
                    values={values.bodies[channel]}
                    readOnly={readOnly}
                    completions={props.completions}
                    customKeys={props.customKeys}
                    serverErrors={serverErrors}
                    onChange={(name, value) => props.onBodyChange(channel, name, value)}
                    onFocusView={props.onFocusView}
                    onRemove={removable ? () => onRemove(channel) : undefined}
                  />
                ),
              };
            })}
          />
          {!readOnly && missing.length > 0 && (
            <div className={styles.addChannels}>
              <span className="text-sm text-muted">Also send on:</span>
              {missing.map((channel) => (
                <Button key={channel} size="sm" onClick={() => onAdd(channel)}>
                  Add {CHANNEL_LABEL[channel]} body
                </Button>
              ))}
            </div>
          )}
        </div>
      </CardBody>
    </Card>
  );
}
