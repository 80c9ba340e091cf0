import type { Metadata } from "next";
import Link from "next/link";
import { BodyLong, Heading } from "@navikt/ds-react";
import { AppHeader } from "@/components/AppHeader";
import { LinkButton } from "@/components/LinkButton";
import { getServerEnv } from "@/lib/env";
import { LOGIN_PATH } from "@/lib/auth/paths";
import { innlogging } from "@/lib/tekster/innlogging";

export const metadata: Metadata = { title: innlogging.feil.tittel, robots: { index: false } };

const t = innlogging.feil;

type Props = { searchParams: Promise<{ arsak?: string; error?: string }> };

/** Why a login did not go through: too low assurance level, cancelled, or failed; and a way to try again. */
export default async function InnloggingFeilPage({ searchParams }: Props) {
  const { arsak, error } = await searchParams;
  const required = getServerEnv().IDPORTEN_ACR;
  const [overskrift, tekst] =
    arsak === "acr"
      ? [t.acrOverskrift, t.acrTekst(required === "idporten-loa-high" ? t.nivaHoyt : t.nivaBetydelig)]
      : arsak === "pid"
        ? [t.pidOverskrift, t.pidTekst]
        : error === "access_denied" || error === "AccessDenied"
          ? [t.avbruttOverskrift, t.avbruttTekst]
          : [t.generellOverskrift, t.generellTekst];
  return (
    <>
      <AppHeader />
      <main id="maincontent" tabIndex={-1} className="app-container">
        <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
          {overskrift}
        </Heading>
        <BodyLong spacing>{tekst}</BodyLong>
        <div style={{ display: "flex", flexWrap: "wrap", gap: "1rem", alignItems: "center" }}>
          {/* ny=1: ID-porten asks again instead of reusing a session at the too-low level. */}
          <LinkButton href={`${LOGIN_PATH}?ny=1`}>
            {innlogging.loggInnPaaNytt}
          </LinkButton>
          <Link href="/">{t.tilForsiden}</Link>
        </div>
      </main>
    </>
  );
}
