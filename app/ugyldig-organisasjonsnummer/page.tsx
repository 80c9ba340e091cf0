import type { Metadata } from "next";
import Link from "next/link";
import { BodyLong, Heading } from "@navikt/ds-react";
import { AppHeader } from "@/components/AppHeader";
import { PARTY_PICKER_PATH } from "@/lib/auth/paths";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("innlogging.ugyldigOrgnr");
  return { title: t("tittel"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ orgnr?: string | string[] }> };

/** Shown with status 400 (proxy.ts) when a party URL holds digits that are no organisasjonsnummer. */
export default async function UgyldigOrgnrPage({ searchParams }: Props) {
  const { orgnr } = await searchParams;
  const t = await getTranslations("innlogging.ugyldigOrgnr");
  // ?orgnr=a&orgnr=b comes as an array: show the first, as the proxy set it.
  const value = (Array.isArray(orgnr) ? orgnr[0] : orgnr)?.slice(0, 40);
  return (
    <>
      <AppHeader />
      <main id="maincontent" tabIndex={-1} className="app-container">
        <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
          {t("overskrift")}
        </Heading>
        <BodyLong spacing>{value ? t("medVerdi", { verdi: value }) : t("tekst")}</BodyLong>
        <Link href={PARTY_PICKER_PATH}>{t("tilVelger")}</Link>
      </main>
    </>
  );
}
