"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { useTRPC } from "@/trpc/react";
import { useMaintenanceAccess } from "./use-maintenance-access";

/** "2 maintenance windows active now", linking to them, for pages where quiet would otherwise puzzle; nothing when none is. */
export function ActiveMaintenanceNotice() {
  const trpc = useTRPC();
  const access = useMaintenanceAccess();
  const active = useQuery({ ...trpc.maintenanceWindows.list.queryOptions({ status: "active" }), enabled: access?.canRead === true, refetchInterval: 30_000 });
  const count = active.data?.length ?? 0;
  if (count === 0) return null;
  return (
    <Link href="/maintenance">
      <Badge tone="warning" dot pulse>
        {count === 1 ? "1 maintenance window active now" : `${count} maintenance windows active now`}
      </Badge>
    </Link>
  );
}
