"use client";

import { Badge } from "../ui/badge";
import type { TTone } from "../ui/tone";
import type { TLiveQuery, TLiveStatus } from "./live-status";
import { useLiveStatus } from "./use-live-status";

const LOOK: Record<TLiveStatus, { label: string; tone: TTone; hint: string }> = {
  live: { label: "Live", tone: "success", hint: "This page updates by itself." },
  offline: { label: "Offline — retrying", tone: "neutral", hint: "The last update failed; the page keeps trying and shows what it had." },
  paused: { label: "Paused", tone: "neutral", hint: "Updates pause while the tab is hidden and resume when you come back." },
};

const time = new Intl.DateTimeFormat(undefined, { timeStyle: "medium" });

/** A badge saying whether the page beside it is following the server: pass the query it polls. */
export function LiveIndicator({ query }: { query: TLiveQuery }) {
  const status = useLiveStatus(query);
  const look = LOOK[status];
  const updated = query.dataUpdatedAt > 0 ? ` Last updated ${time.format(query.dataUpdatedAt)}.` : "";
  return (
    <span role="status" title={`${look.hint}${updated}`}>
      <Badge tone={look.tone} dot data-live={status}>
        {look.label}
      </Badge>
    </span>
  );
}
