import type { Metadata } from "next";
import { Link } from "@navikt/ds-react/Link";
import { BodyShort, Heading } from "@navikt/ds-react/Typography";
import { Alert } from "@navikt/ds-react/Alert";
import { requirePartyAccess } from "@/lib/auth/guard";
import { planleggBetalingsfil } from "@/lib/betal/betalingsfil";
import { linjeNoekkel, standardUtfoerelsesdato } from "@/lib/betal/betalingsfil-skjema";
import { lagSammendrag, samletRentegrunnlag } from "@/lib/betal/sammendrag";
import { MANGE_LINJER, lagBetaling, lesUtvalg, utvalgQuery, type Betaling, type Utvalg } from "@/lib/betal/utvalg";
import { iDag } from "@/lib/dato";
import { formatOrgnr } from "@/lib/format";
import { tilFeilInfo, type FeilInfo } from "@/lib/krav-visning/feil";
import { hentAapnekrav } from "@/lib/kravogbetalinger";
import type { AapneKrav } from "@/lib/kravogbetalinger/model";
import { getTranslations } from "next-intl/server";
import { hentSpraak } from "@/lib/i18n/server";
import { ServerFeil } from "../_components/ServerFeil";
import { BetalInnhold, type BetalInnholdProps } from "./_components/BetalInnhold";
import { Tilbake } from "./_components/Tilbake";
import { UtvalgVelger } from "./_components/UtvalgVelger";

type Props = { params: Promise<{ orgnr: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ party }, t] = await Promise.all([requirePartyAccess((await params).orgnr), getTranslations("betal")]);
  return { title: t("side.tittel", { navn: party.name }) };
}

/**
 * What the client components get: every line when they are few; for a large selection (more
 * than MANGE_LINJER lines, e.g. Storvik's 5 200) a summary table, the interest input per due
 * date and the distinct foreign accounts, so the page stays small. The payment file's plan
 * (how many transfers, which lines are left out and why) is made here from the same lines.
 */
function tilVisning(betaling: Betaling, orgnr: string, utvalg: Utvalg, idag: string): BetalInnholdProps {
  const { linjer } = betaling;
  const mange = linjer.length > MANGE_LINJER;
  const plan = planleggBetalingsfil(betaling);
  return {
    linjer: mange ? [] : linjer,
    sammendrag: mange ? lagSammendrag(linjer) : null,
    antall: linjer.length,
    sum: betaling.sum,
    forfalt: linjer.some((l) => l.forfallsdato < idag),
    rentegrunnlag: mange ? [samletRentegrunnlag(linjer)] : linjer.map((l) => ({ stipulerteRenter: l.stipulerteRenter, forfall: l.forfall.map(({ forfallsdato, gjenstaaendeBeloep }) => ({ forfallsdato, gjenstaaendeBeloep })) })),
    utland: [...new Map(linjer.filter((l) => l.iban || l.swiftBIC).map((l) => [`${l.iban}|${l.swiftBIC}`, { iban: l.iban, swiftBIC: l.swiftBIC, bankinformasjon: l.bankinformasjon }])).values()],
    iDag: idag,
    pdfHref: `/api/part/${orgnr}/betal?${utvalgQuery(utvalg)}`,
    kalenderHref: `/api/part/${orgnr}/kalender`,
    betalingsfil: {
      action: `/api/part/${orgnr}/betalingsfil?${utvalgQuery(utvalg)}`,
      iDag: idag,
      standardDato: standardUtfoerelsesdato(idag),
      antall: plan.overfoeringer.length,
      sum: plan.sumOere / 100,
      // a small selection is listed to tick lines in or out (a chosen set); a large one is chosen with the selection above
      valg: mange || linjer.length < 2 ? null : valgbare(betaling, plan),
      utelatt: plan.utelatt.map(({ linje, grunn }) => ({
        id: `${linje.kravidentifikator}:${linje.kid ?? ""}:${linje.forfallsdato}`,
        tittel: linje.periode ? `${linje.beskrivelse} ${linje.periode}` : linje.beskrivelse,
        beloep: linje.beloep,
        grunn,
      })),
    },
  };
}

/** The lines that go in the file, to tick in or out: each with its transfers (due dates) and their sum in øre. */
function valgbare(betaling: Betaling, plan: ReturnType<typeof planleggBetalingsfil>) {
  const utelatt = new Set(plan.utelatt.map((u) => u.linje));
  return betaling.linjer
    .filter((l) => !utelatt.has(l))
    .map((l) => {
      const oere = l.forfall.map((f) => Math.round(f.gjenstaaendeBeloep * 100)).filter((o) => o > 0);
      return { noekkel: linjeNoekkel(l), tittel: l.periode ? `${l.beskrivelse} ${l.periode}` : l.beskrivelse, forfallsdato: l.forfallsdato, antall: oere.length, oere: oere.reduce((a, b) => a + b, 0) };
    });
}

const harUtsatte = (aapne: AapneKrav) => aapne.krav.some((k) => k.forfall.some((f) => f.utsattIverksettelse && f.gjenstaaendeBeloep > 0));

/** "Betal i nettbanken" for one claim, one due date, several claims, everything overdue or due up to a date (?krav=&forfall= / ?utvalg=). */
export default async function BetalSide({ params, searchParams }: Props) {
  const { orgnr } = await params;
  const { party } = await requirePartyAccess(orgnr);
  const [t, o, bf, spraak] = await Promise.all([getTranslations("betal"), getTranslations("oversikt"), getTranslations("betalingsfil"), hentSpraak()]);
  const idag = iDag();
  const utvalg = lesUtvalg(await searchParams);
  const tilbake = `/${party.orgnr}`;

  let betaling: Betaling | null = null;
  let utsatte = false;
  let feil: FeilInfo | null = null;
  if (utvalg) {
    try {
      const aapne = await hentAapnekrav(party.orgnr, { spraak });
      betaling = lagBetaling(aapne, utvalg, idag);
      utsatte = harUtsatte(aapne);
    } catch (e) {
      feil = tilFeilInfo(e);
    }
  }
  const innhold = !utvalg ? (
    <Alert variant="warning" data-testid="betal-ugyldig">{t("side.ugyldig")}</Alert>
  ) : feil || !betaling ? (
    <ServerFeil feil={feil!} hva={o("feil.hva.aapnekrav")} />
  ) : betaling.linjer.length === 0 ? (
    <Alert variant="info" data-testid="betal-ingenting">
      {t("side.ingenting")}
      {utsatte && (utvalg.type === "forfalte" || utvalg.type === "innen") && !utvalg.medUtsatte ? ` ${bf("utvalg.utsatteUte")}` : null}
    </Alert>
  ) : (
    <BetalInnhold {...tilVisning(betaling, party.orgnr, utvalg, idag)} />
  );
  const velger =
    utvalg && (utvalg.type === "forfalte" || utvalg.type === "innen") && !feil ? (
      <UtvalgVelger orgnr={party.orgnr} type={utvalg.type} tilOgMed={utvalg.type === "innen" ? utvalg.tilOgMed : idag} medUtsatte={Boolean(utvalg.medUtsatte)} harUtsatte={utsatte} />
    ) : null;

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
      {velger}
      {innhold}
      <Tilbake href={tilbake} />
    </main>
  );
}
