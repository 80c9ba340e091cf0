import type { Metadata } from "next";
import { Link } from "@navikt/ds-react/Link";
import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { Alert } from "@navikt/ds-react/Alert";
import { requirePartyAccess } from "@/lib/auth/guard";
import { lagBetaling, lesUtvalg, utvalgQuery, type Betaling } from "@/lib/betal/utvalg";
import { iDag } from "@/lib/dato";
import { formatOrgnr } from "@/lib/format";
import { tilFeilInfo, type FeilInfo } from "@/lib/krav-visning/feil";
import { hentAapnekrav } from "@/lib/kravogbetalinger";
import { getTranslations } from "next-intl/server";
import { hentSpraak } from "@/lib/i18n/server";
import { ServerFeil } from "../_components/ServerFeil";
import { BetalInnhold } from "./_components/BetalInnhold";
import { Tilbake } from "./_components/Tilbake";

type Props = { params: Promise<{ orgnr: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ party }, t] = await Promise.all([requirePartyAccess((await params).orgnr), getTranslations("betal")]);
  return { title: t("side.tittel", { navn: party.name }) };
}

/** "Betal i nettbanken" for one claim, one due date, or everything overdue (?krav=&forfall= / ?utvalg=). */
export default async function BetalSide({ params, searchParams }: Props) {
  const { orgnr } = await params;
  const { party } = await requirePartyAccess(orgnr);
  const [t, o, spraak] = await Promise.all([getTranslations("betal"), getTranslations("oversikt"), hentSpraak()]);
  const idag = iDag();
  const utvalg = lesUtvalg(await searchParams);
  const tilbake = `/${party.orgnr}`;

  let betaling: Betaling | null = null;
  let feil: FeilInfo | null = null;
  if (utvalg) {
    try {
      betaling = lagBetaling(await hentAapnekrav(party.orgnr, { spraak }), utvalg, idag);
    } catch (e) {
      feil = tilFeilInfo(e);
    }
  }
  const innhold = !utvalg ? (
    <Alert variant="warning" data-testid="betal-ugyldig">{t("side.ugyldig")}</Alert>
  ) : feil || !betaling ? (
    <ServerFeil feil={feil!} hva={o("feil.hva.aapnekrav")} />
  ) : betaling.linjer.length === 0 ? (
    <Alert variant="info" data-testid="betal-ingenting">{t("side.ingenting")}</Alert>
  ) : (
    <BetalInnhold betaling={betaling} iDag={idag} pdfHref={`/api/part/${party.orgnr}/betal?${utvalgQuery(utvalg)}`} kalenderHref={`/api/part/${party.orgnr}/kalender`} />
  );

  return (
    <main id="maincontent" tabIndex={-1} className="app-container">
      <BodyShort spacing style={{ marginTop: "1.5rem" }}>
        <Link href={tilbake}>{t("side.tilbake")}</Link>
      </BodyShort>
      <Heading level="1" size="large" spacing>
        {t("side.overskrift")}
      </Heading>
      <BodyShort spacing weight="semibold">
        {party.name} ({formatOrgnr(party.orgnr)})
      </BodyShort>
      {innhold}
      <Tilbake href={tilbake} />
    </main>
  );
}
