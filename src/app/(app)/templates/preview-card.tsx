"use client";

import { useId } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadingState } from "@/components/ui/loading-state";
import type { TTemplateChannel } from "@/server/templates/custom/template-input-schema";
import { ChannelPreview } from "./channel-preview";
import { SamplePicker } from "./sample-picker";
import type { TSampleChoice } from "./sample-choice";
import type { TLivePreview } from "./use-live-preview";
import styles from "./templates.module.css";

export type TPreviewCardProps = {
  channel: TTemplateChannel;
  channelLabel: string;
  preview: TLivePreview;
  /** Why there is nothing to preview yet ("Fill in Subject and HTML body"), or null when there is. */
  notReady: string | null;
  sample: TSampleChoice;
  onSampleChange: (choice: TSampleChoice) => void;
  /** Admins only: sends what the preview shows to the signed-in user. */
  onSendTest?: () => void;
  sending: boolean;
};

/** The live preview: what the current body renders to for the chosen event, through the same code as a real send. */
export function PreviewCard({ channel, channelLabel, preview, notReady, sample, onSampleChange, onSendTest, sending }: TPreviewCardProps) {
  const titleId = useId();
  const { error, pending, stale } = preview;
  // Just after a tab switch the last answer is another channel's: wait for this one's.
  const result = preview.result?.channel === channel ? preview.result : null;
  return (
    <Card aria-labelledby={titleId} className={styles.previewCard}>
      <CardHeader
        title={<span id={titleId}>Preview</span>}
        description={`${channelLabel}, rendered with the sample event; updates as you type. Nothing is sent.`}
        actions={
          onSendTest && (
            <Button onClick={onSendTest} loading={sending} disabled={notReady !== null}>
              Send test to me
            </Button>
          )
        }
      />
      <CardBody>
        <div className="stack">
          <SamplePicker value={sample} onChange={onSampleChange} />
          <p className="visually-hidden" aria-live="polite">
            {pending ? "Updating the preview…" : error ? "The preview failed." : result ? "Preview updated." : ""}
          </p>
          {notReady ? (
            <EmptyState title="Nothing to preview yet" description={notReady} />
          ) : error && !stale ? (
            <Alert tone="danger" title="The template does not render">
              {trpcErrorMessage(error)}
            </Alert>
          ) : result ? (
            <div className={pending ? styles.updating : undefined} aria-busy={pending || undefined}>
              <ChannelPreview preview={result} />
            </div>
          ) : (
            <LoadingState label="Rendering the preview…" />
          )}
        </div>
      </CardBody>
    </Card>
  );
}
