"use client";

import { Button } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { CHANNEL_KIND_LABEL, type TChannelKind } from "@/server/destinations/channel-kind";
import type { TChannelView } from "@/server/destinations/channel-view";
import styles from "./channels.module.css";
import { DestinationState } from "./destination-state";

export type TChannelTableProps = {
  kind: TChannelKind;
  channels: TChannelView[];
  testingId: number | null;
  reenablingKey: string | null;
  onTest: (channel: TChannelView) => void;
  onEdit: (channel: TChannelView) => void;
  onRotate: (channel: TChannelView) => void;
  onDelete: (channel: TChannelView) => void;
  onReenable: (destinationKey: string) => void;
};

export function ChannelTable({ kind, channels, testingId, reenablingKey, onTest, onEdit, onRotate, onDelete, onReenable }: TChannelTableProps) {
  return (
    <Table caption={`${CHANNEL_KIND_LABEL[kind]} channels`} stack>
      <THead>
        <Tr>
          <Th>Name</Th>
          <Th>Destination</Th>
          <Th>State</Th>
          <Th numeric>Limit</Th>
          <Th>
            <span className="visually-hidden">Actions</span>
          </Th>
        </Tr>
      </THead>
      <TBody>
        {channels.map((channel) => (
          <Tr key={channel.id}>
            <Td label="Name">{channel.name}</Td>
            <Td label="Destination">
              {/* One child: stacked rows lay out each child of a cell as its own grid item. */}
              <div>
                <span className={`${styles.target} mono text-sm`}>{channel.target}</span>
                {channel.warning && <p className={`${styles.reason} text-sm field__error`}>{channel.warning}</p>}
                {channel.notice && <p className={`${styles.reason} text-sm text-muted`}>{channel.notice}</p>}
              </div>
            </Td>
            <Td label="State">
              <DestinationState
                enabled={channel.enabled}
                health={channel.health}
                name={channel.name}
                reenabling={reenablingKey !== null && reenablingKey === channel.health?.destination_key}
                onReenable={onReenable}
              />
            </Td>
            <Td label="Limit" numeric nowrap>
              {channel.rate_limit_per_minute}/min
            </Td>
            <Td>
              <div className={styles.actions}>
                <Button size="sm" variant="secondary" aria-label={`Send test to ${channel.name}`} loading={testingId === channel.id} onClick={() => onTest(channel)}>
                  Send test
                </Button>
                <Button size="sm" variant="ghost" aria-label={`Edit ${channel.name}`} onClick={() => onEdit(channel)}>
                  Edit
                </Button>
                {channel.type === "webhook" && (
                  <Button size="sm" variant="ghost" aria-label={`Rotate the signing secret of ${channel.name}`} onClick={() => onRotate(channel)}>
                    Rotate secret
                  </Button>
                )}
                <Button size="sm" variant="ghost" aria-label={`Delete ${channel.name}`} onClick={() => onDelete(channel)}>
                  Delete
                </Button>
              </div>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
