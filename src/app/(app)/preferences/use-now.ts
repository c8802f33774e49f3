"use client";

import { useEffect, useState } from "react";

/** The current time, refreshed every `intervalMs`, so "until tomorrow 08:00" and the live sentence stay true on an open page. */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
