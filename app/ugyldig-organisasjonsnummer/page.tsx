import type { Metadata } from "next";
import Link from "next/link";
import { BodyLong, Heading } from "@navikt/ds-react";
import { AppHeader } from "@/components/AppHeader";
import { PARTY_PICKER_PATH } from "@/lib/auth/paths";
import { innlogging } from "@/lib/tekster/innlogging";

export const metadata: Metadata = { title: innlogging.ugyldigOrgnr.tittel, robots: { index: false } };

type Props = { searchParams: Promise<{ orgnr?: string | string[] }> };

/** Shown with status 400 (proxy.ts) when a party URL holds digits that are no organisasjonsnummer. */
export default async function UgyldigOrgnrPage({ searchParams }: Props) {
  const { orgnr } = await searchParams;
  // ?orgnr=a&orgnr=b comes as an array: show the first, as the proxy set it.
  const value = (Array.isArray(orgnr) ? orgnr[0] : orgnr)?.slice(0, 40);
  return (
    <>
      <AppHeader />
      <main id="maincontent" tabIndex={-1} className="app-container">
        <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
          {innlogging.ugyldigOrgnr.overskrift}
        </Heading>
        <BodyLong spacing>{value ? innlogging.ugyldigOrgnr.medVerdi(value) : innlogging.ugyldigOrgnr.tekst}</BodyLong>
        <Link href={PARTY_PICKER_PATH}>{innlogging.ugyldigOrgnr.tilVelger}</Link>
      </main>
    </>
  );
}
