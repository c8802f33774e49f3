import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { themeInitScript } from "@/components/theme-init-script";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: "OpsConductor Notify",
  description: "Notifications for OpsConductor: who must hear about it, on which channel, and the proof it was delivered.",
  icons: { icon: "/favicon.svg" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b0b0d" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The proxy's per-request CSP nonce (src/proxy.ts). Reading it also renders every page per
  // request, which a nonce requires: a prerendered page would carry no nonce and run no script.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // The theme script sets data-theme before hydration; React must not warn about it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
