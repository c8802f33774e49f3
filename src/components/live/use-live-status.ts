"use client";

import { focusManager } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { liveStatus, type TLiveQuery, type TLiveStatus } from "./live-status";

// Visibility through TanStack's focus manager: the same signal that decides whether a tick fetches.
const subscribeVisible = (onChange: () => void) => focusManager.subscribe(onChange);
const isVisible = () => focusManager.isFocused();

function subscribeOnline(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}
const isOnline = () => navigator.onLine;

// The server render (and hydration) assume visible and online; the client corrects it at once.
const assumeTrue = () => true;

/** Live, offline or paused for one query, following the tab's visibility and the browser's connection. */
export function useLiveStatus(query: TLiveQuery): TLiveStatus {
  const visible = useSyncExternalStore(subscribeVisible, isVisible, assumeTrue);
  const online = useSyncExternalStore(subscribeOnline, isOnline, assumeTrue);
  return liveStatus({ visible, online, query });
}
