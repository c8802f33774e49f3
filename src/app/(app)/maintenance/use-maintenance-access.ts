"use client";

import { useQuery } from "@tanstack/react-query";
import { hasRole } from "@/server/auth/roles";
import { useTRPC } from "@/trpc/react";

/** Operators read maintenance windows, admins change them. Undefined until the answer is in. */
export function useMaintenanceAccess(): { canRead: boolean; canWrite: boolean } | undefined {
  const trpc = useTRPC();
  const me = useQuery(trpc.me.queryOptions());
  return me.data ? { canRead: hasRole(me.data.role, "OPERATOR"), canWrite: hasRole(me.data.role, "ADMIN") } : undefined;
}
