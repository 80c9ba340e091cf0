import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import "./globals.css";
import { AppFooter } from "@/components/AppFooter";
import { KLIENT_OMRAADER, type Meldinger } from "@/lib/tekster";
import { sourceSans3 } from "./fonts";
import { Providers } from "./providers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("felles.tjeneste");
  return {
    title: { default: t("tittel"), template: `%s – ${t("navn")}` },
    description: t("beskrivelse"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, so Next can put the CSP nonce (proxy.ts) on its scripts.
  await connection();
  const [locale, alle] = await Promise.all([getLocale(), getMessages()]);
  const t = await getTranslations("felles.skall");
  // The browser gets the chosen language's texts for the areas its components use, no more.
  const meldinger = Object.fromEntries(KLIENT_OMRAADER.map((o) => [o, (alle as Meldinger)[o]]));
  return (
    <html lang={locale} className={sourceSans3.variable}>
      <body>
        <a href="#maincontent" className="skiplink">
          {t("hoppTilInnhold")}
        </a>
        <NextIntlClientProvider messages={meldinger}>
          <Providers>{children}</Providers>
        </NextIntlClientProvider>
        <AppFooter />
      </body>
    </html>
  );
}
