import type { Metadata } from "next";
import { BodyLong, Heading, Link } from "@navikt/ds-react";
import { getLocale, getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/AppHeader";
import { KontaktSkatteetaten } from "@/components/KontaktSkatteetaten";
import { SKATTEETATEN_LENKER } from "@/lib/hjelp/lenker";
import { tilSpraak } from "@/lib/i18n/spraak";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("hjelpside.side");
  return { title: t("tittel") };
}

const EMNER = ["uplassert", "renter", "tilgode", "kontoutskrift", "betalingsavtale"] as const;

/** Help for the service: open to everyone, logged in or not. */
export default async function HjelpSide() {
  const t = await getTranslations("hjelpside.side");
  const b = await getTranslations("hjelp.betalingsavtale");
  const lenker = SKATTEETATEN_LENKER[tilSpraak(await getLocale())];
  return (
    <>
      <AppHeader />
      <main id="maincontent" tabIndex={-1} className="app-container">
        <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
          {t("overskrift")}
        </Heading>
        <BodyLong spacing>{t("ingress")}</BodyLong>
        {EMNER.map((emne) => (
          <section key={emne} aria-labelledby={`hjelp-${emne}`}>
            <Heading level="2" size="medium" spacing id={`hjelp-${emne}`}>
              {t(`emner.${emne}.overskrift`)}
            </Heading>
            <BodyLong spacing>{t(`emner.${emne}.tekst`)}</BodyLong>
            {emne === "betalingsavtale" ? (
              <BodyLong spacing>
                <Link href={lenker.betalingsavtale}>{b("lenke")}</Link>
              </BodyLong>
            ) : null}
          </section>
        ))}
        <section aria-labelledby="hjelp-kontakt">
          <Heading level="2" size="medium" spacing id="hjelp-kontakt">
            {t("kontaktOverskrift")}
          </Heading>
          <BodyLong spacing>{t("kontaktTekst")}</BodyLong>
          <KontaktSkatteetaten />
        </section>
      </main>
    </>
  );
}
