import type { Metadata } from "next";
import Link from "next/link";
import { BodyLong, Heading } from "@navikt/ds-react";
import { AppHeader } from "@/components/AppHeader";
import { LinkButton } from "@/components/LinkButton";
import { getServerEnv } from "@/lib/env";
import { LOGIN_PATH } from "@/lib/auth/paths";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("innlogging.feil");
  return { title: t("tittel"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ arsak?: string; error?: string }> };

/** Why a login did not go through: too low assurance level, cancelled, or failed; and a way to try again. */
export default async function InnloggingFeilPage({ searchParams }: Props) {
  const { arsak, error } = await searchParams;
  const t = await getTranslations("innlogging");
  const required = getServerEnv().IDPORTEN_ACR;
  const [overskrift, tekst] =
    arsak === "acr"
      ? [t("feil.acrOverskrift"), t("feil.acrTekst", { niva: required === "idporten-loa-high" ? t("feil.nivaHoyt") : t("feil.nivaBetydelig") })]
      : arsak === "pid"
        ? [t("feil.pidOverskrift"), t("feil.pidTekst")]
        : error === "access_denied" || error === "AccessDenied"
          ? [t("feil.avbruttOverskrift"), t("feil.avbruttTekst")]
          : [t("feil.generellOverskrift"), t("feil.generellTekst")];
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
            {t("loggInnPaaNytt")}
          </LinkButton>
          <Link href="/">{t("feil.tilForsiden")}</Link>
        </div>
      </main>
    </>
  );
}
