"use client";

import type { ReactNode } from "react";
import { TrpcReactProvider } from "@/trpc/react";

export function Providers({ children }: { children: ReactNode }) {
  return <TrpcReactProvider>{children}</TrpcReactProvider>;
}
