"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";

/** Only admins change templates; everyone else reads them. Undefined until the answer is in. */
export function useIsAdmin(): boolean | undefined {
  const trpc = useTRPC();
  const me = useQuery(trpc.me.queryOptions());
  return me.data ? me.data.role === "ADMIN" : undefined;
}
