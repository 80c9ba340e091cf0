import type { Metadata } from "next";
import { BodyLong, Heading, Link } from "@navikt/ds-react";
import { List, ListItem } from "@navikt/ds-react/List";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/AppHeader";
import { KontaktSkatteetaten } from "@/components/KontaktSkatteetaten";
import { UUTILSYNET } from "@/lib/hjelp/lenker";
import { formatDatoLang } from "@/lib/dato";
import { hentSpraak } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("hjelpside.tilgjengelighet");
  return { title: t("tittel") };
}

/** When this statement was last gone through: change it with the text. */
const OPPDATERT = "2026-12-08";
const GJORT = ["tastatur", "skjerm", "feil", "tabeller", "kontoutskrift"] as const;

/** The service's accessibility statement (likestillings- og diskrimineringsloven, WCAG 2.1 AA): open to everyone. */
export default async function TilgjengelighetSide() {
  const t = await getTranslations("hjelpside.tilgjengelighet");
  const spraak = await hentSpraak();
  return (
    <>
      <AppHeader />
      <main id="maincontent" tabIndex={-1} className="app-container">
        <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
          {t("overskrift")}
        </Heading>
        <BodyLong spacing>{t("ingress")}</BodyLong>
        <Heading level="2" size="medium" spacing>
          {t("statusOverskrift")}
        </Heading>
        <BodyLong spacing>{t("statusTekst")}</BodyLong>
        <Heading level="2" size="medium" spacing>
          {t("gjortOverskrift")}
        </Heading>
        <List>
          {GJORT.map((g) => (
            <ListItem key={g}>{t(`gjort.${g}`)}</ListItem>
          ))}
        </List>
        <Heading level="2" size="medium" spacing>
          {t("meldOverskrift")}
        </Heading>
        <BodyLong spacing>{t("meldTekst")}</BodyLong>
        <KontaktSkatteetaten />
        <Heading level="2" size="medium" spacing style={{ marginTop: "1.5rem" }}>
          {t("tilsynOverskrift")}
        </Heading>
        <BodyLong spacing>{t("tilsynTekst")}</BodyLong>
        <BodyLong spacing>
          <Link href={UUTILSYNET}>{t("tilsynLenke")}</Link>
        </BodyLong>
        <BodyLong size="small">{t("oppdatert", { dato: formatDatoLang(OPPDATERT, spraak) })}</BodyLong>
      </main>
    </>
  );
}
