import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";
import { AppFooter } from "@/components/AppFooter";
import { tekster } from "@/lib/tekster";
import { sourceSans3 } from "./fonts";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: { default: tekster.tjeneste.tittel, template: `%s – ${tekster.tjeneste.navn}` },
  description: tekster.tjeneste.beskrivelse,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, so Next can put the CSP nonce (proxy.ts) on its scripts.
  await connection();
  return (
    <html lang="nb" className={sourceSans3.variable}>
      <body>
        <a href="#maincontent" className="skiplink">
          {tekster.skall.hoppTilInnhold}
        </a>
        <Providers>{children}</Providers>
        <AppFooter />
      </body>
    </html>
  );
}
