"use client";

import { useQuery } from "@tanstack/react-query";
import { hasRole } from "@/server/auth/roles";
import { useTRPC } from "@/trpc/react";

/** Everyone signed in reads incidents; operators and admins acknowledge and resolve them. Undefined until the answer is in. */
export function useIncidentAccess(): { canAct: boolean; isAdmin: boolean } | undefined {
  const trpc = useTRPC();
  const me = useQuery(trpc.me.queryOptions());
  return me.data ? { canAct: hasRole(me.data.role, "OPERATOR"), isAdmin: hasRole(me.data.role, "ADMIN") } : undefined;
}
