import { formatDato, iDag } from "../dato";
import { oversetter, type Oversetter } from "../i18n/oversetter";
import type { Spraak } from "../i18n/spraak";
import type { Innbetaling, Krav, Kravforfall, Periode, TotalOversikt, Utbetaling } from "../kravogbetalinger/model";
import { ARK_VALG, type ArkValg } from "./periode";
import { vedPeriodeslutt, type Periodeslutt } from "./periodeslutt";

/**
 * What goes into each sheet of the kontoutskrift, as plain rows of plain values: a pure function
 * of the fetched data. skriv.ts turns these into an .xlsx (styles, formats, sums, filters).
 * Sheet names, headers and notes are in the statement's language (`spraak`, the request's).
 */

const tekster = (g: { spraak: Spraak }): Oversetter<"kontoutskrift"> => oversetter(g.spraak, "kontoutskrift");

/** Everything the statement is made from. */
export type KontoutskriftGrunnlag = {
  /** The language of the sheet names, headers, notes and dates written as text. */
  spraak: Spraak;
  part: { orgnr: string; navn: string };
  periode: Periode;
  /** When it was made, and the name (never the pid) of the person who made it. */
  laget: { tidspunkt: Date; av: string };
  /** The totals from aapnekrav at the time it was made. */
  totalOversikt: TotalOversikt;
  skjermet: boolean;
  krav: readonly Krav[];
  innbetalinger: readonly Innbetaling[];
  utbetalinger: readonly Utbetaling[];
  /** The sheets asked for besides "Kontoutskrift gjelder"; in any order. */
  ark: readonly ArkValg[];
};

/** "tekst" is text (KID, account numbers too), "dato" an ISO date shown dd.mm.yyyy, "beloep" kroner with two decimals. */
export type KolonneType = "tekst" | "dato" | "beloep" | "heltall";
export type Kolonne = { overskrift: string; type: KolonneType; bredde: number; sum?: boolean };
/** One cell: a string (ISO date in a "dato" column), a number, or empty. */
export type Celle = string | number | null;
/** Yielded between rows while a sheet prepares a lot of data: the writer lets the event loop run. */
export const PAUSE = Symbol("pause");

export type ArkDefinisjon = {
  navn: string;
  kolonner: readonly Kolonne[];
  /** The data rows in order (and PAUSE now and then); the writer adds the header and the sum row. */
  rader: () => Iterable<Celle[] | typeof PAUSE>;
};

/** "Kontoutskrift gjelder": label, value and how the value is shown. */
export type GjelderRad = { etikett: string; verdi: string | number | Date | null; type: KolonneType | "tidspunkt" | "overskrift" };

const tekst = (overskrift: string, bredde: number): Kolonne => ({ overskrift, type: "tekst", bredde });
const dato = (overskrift: string): Kolonne => ({ overskrift, type: "dato", bredde: 12 });
const beloep = (overskrift: string, bredde = 16): Kolonne => ({ overskrift, type: "beloep", bredde, sum: true });

/** -0 and float noise out: amounts are kroner with øre. */
const kr = (value: number): number => {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
};

/** The API's claim list may repeat a claim when a long period was fetched in windows: keep the first. */
function unike<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** ISO dates compare as plain strings (no locale collation: it is slow on big lists). */
const sammenlign = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Date order, stable, in linear time: items are bucketed per date and only the distinct dates
 * sorted (a few thousand at most), so 100 000 rows never block the event loop on a sort.
 */
function ordnetPaaDato<T>(items: Iterable<T>, dato: (item: T) => string | null): T[] {
  const perDato = new Map<string, T[]>();
  for (const item of items) {
    const d = dato(item) ?? "9999-12-31";
    const liste = perDato.get(d);
    if (liste) liste.push(item);
    else perDato.set(d, [item]);
  }
  return [...perDato.keys()].sort(sammenlign).flatMap((d) => perDato.get(d)!);
}

/** Period column as the seed shows it: blank when it only repeats the year, the term ("06") otherwise. */
export function periodeUtenAar(periode: string | null, aar: number | null): string | null {
  if (!periode) return null;
  if (aar !== null && periode === String(aar)) return null;
  if (aar !== null) {
    const m = new RegExp(`^${aar}\\s*[/-]\\s*(.+)$`).exec(periode);
    if (m) return m[1]!;
  }
  return periode;
}

/**
 * The due dates the statement lists: those in the period. The API gives every claim with a due
 * date in the period, whole, so a claim with terms in two years comes in both years' answers;
 * each of its terms belongs to one statement period only.
 */
const iPerioden = (g: KontoutskriftGrunnlag, dato: string) => dato >= g.periode.fraOgMed && dato <= g.periode.tilOgMed;

/** A placement or offset belongs to the statement whose period holds its date (one without a date: the one that holds the claim). */
const datertIPerioden = (g: KontoutskriftGrunnlag, dato: string | null) => dato === null || iPerioden(g, dato);

/** The ledger at the period's end, made once per grunnlag (every sheet asks). */
const sluttCache = new WeakMap<KontoutskriftGrunnlag, Periodeslutt>();
export function periodeslutt(g: KontoutskriftGrunnlag): Periodeslutt {
  let p = sluttCache.get(g);
  if (!p) {
    p = vedPeriodeslutt(unike(g.krav, (k) => k.kravidentifikator), g.periode.tilOgMed, iDag(g.laget.tidspunkt));
    sluttCache.set(g, p);
  }
  return p;
}

/** The statement's payments: those dated in the period, once each. */
const innbetalingerIPerioden = (g: KontoutskriftGrunnlag) =>
  unike(g.innbetalinger, (i) => i.innbetalingsidentifikator).filter((i) => iPerioden(g, i.innbetalingsdato));

/**
 * The claim's text as the seed's statement shows it: with " - <year>" when the period is just the
 * year (the Periode column is then blank), as is when the period is a term ("Mva-melding", "06").
 */
export function kravbeskrivelseMedAar(beskrivelse: string, periode: string | null, aar: number | null): string {
  if (aar === null || periodeUtenAar(periode, aar) !== null || beskrivelse.endsWith(` - ${aar}`)) return beskrivelse;
  return `${beskrivelse} - ${aar}`;
}

type KravRadKilde = { dato: string; forfall: Kravforfall; krav: Krav } | { dato: string; innbetaling: Innbetaling };

export function kravArk(g: KontoutskriftGrunnlag): ArkDefinisjon {
  const t = tekster(g);
  const lagetDato = formatDato(iDag(g.laget.tidspunkt), g.spraak);
  const sluttDato = formatDato(g.periode.tilOgMed, g.spraak);
  const slutt = periodeslutt(g);
  const kolonner = [
    { overskrift: t("fil.krav.aar"), type: "heltall", bredde: 7 },
    tekst(t("fil.krav.periode"), 9),
    tekst(t("fil.krav.kravgruppe"), 18),
    tekst(t("fil.krav.kravbeskrivelse"), 44),
    dato(t("fil.krav.dato")),
    beloep(t("fil.krav.debetKredit"), 20),
    beloep(t("fil.krav.restbeloep", { dato: sluttDato }), 22),
    { overskrift: t("fil.krav.renter", { dato: sluttDato }), type: "beloep", bredde: 15 },
    tekst(t("fil.krav.fastsettingsmaate"), 18),
    tekst(t("fil.krav.innbetaltFra"), 16),
    tekst(t("fil.krav.kid"), 27),
    tekst(t("fil.krav.innbetaltTil"), 16),
    // After the seed's columns, so they keep their places: what is left today, for comparison.
    beloep(t("fil.krav.restbeloepIDag", { dato: lagetDato }), 22),
  ] satisfies Kolonne[];
  // Formatted once per payment type, not once per row (a big statement has many thousand payments).
  const innbetalingTekster = new Map<string | null, string>();
  const innbetalingTekst = (type: string | null): string => {
    let tekst = innbetalingTekster.get(type);
    if (tekst === undefined) {
      tekst = type ? t("fil.krav.innbetalingMedType", { type }) : t("fil.krav.innbetaling");
      innbetalingTekster.set(type, tekst);
    }
    return tekst;
  };

  const rader = function* (): Iterable<Celle[] | typeof PAUSE> {
    const kilder: KravRadKilde[] = [];
    const forfallSett = new Set<string>();
    for (const krav of unike(g.krav, (k) => k.kravidentifikator)) {
      for (const forfall of krav.forfall) {
        if (forfallSett.has(forfall.kravforfallsIdentifikator) || !iPerioden(g, forfall.forfallsdato)) continue;
        forfallSett.add(forfall.kravforfallsIdentifikator);
        kilder.push({ dato: forfall.forfallsdato, forfall, krav });
        if (kilder.length % 5000 === 0) yield PAUSE;
      }
    }
    // Payments after the claims: on the same date the claims come first.
    for (const innbetaling of innbetalingerIPerioden(g)) {
      kilder.push({ dato: innbetaling.innbetalingsdato, innbetaling });
      if (kilder.length % 5000 === 0) yield PAUSE;
    }
    yield PAUSE;
    for (const kilde of ordnetPaaDato(kilder, (k) => k.dato)) {
      if ("innbetaling" in kilde) {
        const i = kilde.innbetaling;
        yield [
          null,
          null,
          null,
          innbetalingTekst(i.innbetalingstype),
          i.innbetalingsdato,
          kr(-i.innbetaltBeloep),
          kr(-slutt.uplassert(i)),
          null,
          null,
          i.innbetaltFraKonto,
          i.kid,
          i.mottakersKontonummer,
          kr(-i.uplassertBeloep),
        ];
      } else {
        const { krav, forfall } = kilde;
        yield [
          krav.aar,
          periodeUtenAar(krav.periode, krav.aar),
          krav.kravgruppe,
          kravbeskrivelseMedAar(krav.beskrivelse, krav.periode, krav.aar),
          forfall.forfallsdato,
          kr(forfall.opprinneligBeloep),
          kr(slutt.rest(forfall)),
          kr(slutt.renter(krav)),
          krav.fastsettingsmaate,
          null,
          forfall.betalingsinformasjon?.kid ?? null,
          null,
          kr(forfall.gjenstaaendeBeloep),
        ];
      }
    }
  };
  return { navn: t("fil.ark.krav"), kolonner, rader };
}

export function transaksjonerArk(g: KontoutskriftGrunnlag): ArkDefinisjon {
  const t = tekster(g);
  const kolonner: Kolonne[] = [
    dato(t("fil.transaksjoner.innbetalingsdato")),
    tekst(t("fil.transaksjoner.transaksjon"), 14),
    tekst(t("fil.transaksjoner.beskrivelse"), 40),
    tekst(t("fil.transaksjoner.kravgruppe"), 18),
    tekst(t("fil.transaksjoner.periode"), 10),
    dato(t("fil.transaksjoner.forfallsdato")),
    dato(t("fil.transaksjoner.plassertDato")),
    beloep(t("fil.transaksjoner.innbetalt")),
    beloep(t("fil.transaksjoner.benyttet")),
    beloep(t("fil.transaksjoner.uplassert", { dato: formatDato(g.periode.tilOgMed, g.spraak) })),
    tekst(t("fil.transaksjoner.innbetaltFra"), 16),
    tekst(t("fil.transaksjoner.kid"), 27),
    tekst(t("fil.transaksjoner.innbetaltTil"), 16),
  ];
  const [innbetaling, plassering] = [t("fil.transaksjoner.innbetaling"), t("fil.transaksjoner.plassering")];
  const rader = function* (): Iterable<Celle[]> {
    const slutt = periodeslutt(g);
    const innbetalinger = ordnetPaaDato(innbetalingerIPerioden(g), (i) => i.innbetalingsdato);
    for (const i of innbetalinger) {
      yield [i.innbetalingsdato, innbetaling, i.innbetalingstype, null, null, null, null, kr(i.innbetaltBeloep), null, kr(slutt.uplassert(i)), i.innbetaltFraKonto, i.kid, i.mottakersKontonummer];
      const iPeriodenPlassert = i.plasseringer.filter((p) => datertIPerioden(g, p.plassertDato));
      for (const p of ordnetPaaDato(iPeriodenPlassert, (p) => p.plassertDato)) {
        yield [i.innbetalingsdato, plassering, p.beskrivelse, p.kravgruppe, p.periode, p.forfallsdato, p.plassertDato, null, kr(p.benyttetBeloep), null, null, null, null];
      }
    }
  };
  return { navn: t("fil.ark.transaksjoner"), kolonner, rader };
}

export function utbetalingerArk(g: KontoutskriftGrunnlag): ArkDefinisjon {
  const t = tekster(g);
  const kolonner: Kolonne[] = [
    dato(t("fil.utbetalinger.utbetaltdato")),
    tekst(t("fil.utbetalinger.transaksjon"), 14),
    tekst(t("fil.utbetalinger.beskrivelse"), 40),
    tekst(t("fil.utbetalinger.periode"), 10),
    beloep(t("fil.utbetalinger.utbetalt")),
    beloep(t("fil.utbetalinger.tilgodebeloep")),
    beloep(t("fil.utbetalinger.heravUtbetalt")),
    beloep(t("fil.utbetalinger.heravMotregnet"), 18),
    tekst(t("fil.utbetalinger.tilKonto"), 16),
    tekst(t("fil.utbetalinger.melding"), 36),
    tekst(t("fil.utbetalinger.status"), 12),
  ];
  const [utbetaling, tilgode] = [t("fil.utbetalinger.utbetaling"), t("fil.utbetalinger.tilgode")];
  const rader = function* (): Iterable<Celle[]> {
    const iPerioden = unike(g.utbetalinger, (u) => u.utbetalingsidentifikator).filter((u) => datertIPerioden(g, u.utbetaltdato));
    const utbetalinger = ordnetPaaDato(iPerioden, (u) => u.utbetaltdato);
    for (const u of utbetalinger) {
      const konto = u.valutakode && u.valutakode !== "NOK" && u.tilKonto ? `${u.tilKonto} (${u.valutakode})` : u.tilKonto;
      yield [u.utbetaltdato, utbetaling, null, null, kr(u.utbetaltBeloep), null, null, null, konto, u.melding, u.utbetalingstatus];
      for (const k of u.kreditKrav) {
        yield [u.utbetaltdato, tilgode, k.beskrivelse, k.periode, null, kr(k.opprinneligBeloep), kr(k.utbetaltBeloep), kr(k.motregnetBeloep), null, null, null];
      }
    }
  };
  return { navn: t("fil.ark.utbetalinger"), kolonner, rader };
}

export function motregningArk(g: KontoutskriftGrunnlag): ArkDefinisjon {
  const t = tekster(g);
  const kolonner: Kolonne[] = [
    dato(t("fil.motregning.dato")),
    tekst(t("fil.motregning.kreditkrav"), 36),
    tekst(t("fil.motregning.kreditkravPeriode"), 12),
    dato(t("fil.motregning.kreditkravForfallsdato")),
    tekst(t("fil.motregning.dekketKrav"), 40),
    tekst(t("fil.motregning.kravgruppe"), 18),
    tekst(t("fil.motregning.kravPeriode"), 12),
    dato(t("fil.motregning.kravForfallsdato")),
    beloep(t("fil.motregning.beloep")),
  ];
  const rader = function* (): Iterable<Celle[]> {
    const rows: Celle[][] = [];
    for (const krav of unike(g.krav, (k) => k.kravidentifikator)) {
      for (const f of krav.forfall) {
        if (!iPerioden(g, f.forfallsdato)) continue;
        for (const m of f.motkrav) {
          if (!datertIPerioden(g, m.plassertDato)) continue;
          rows.push([m.plassertDato, m.beskrivelse, m.periode, m.forfallsdato, krav.beskrivelse, krav.kravgruppe, krav.periode, f.forfallsdato, kr(m.benyttetBeloep)]);
        }
      }
    }
    yield* ordnetPaaDato(rows, (r) => (r[0] as string | null) ?? (r[7] as string));
  };
  return { navn: t("fil.ark.motregning"), kolonner, rader };
}

/** The included data sheets in the seed's order (ARK_VALG's; after "Kontoutskrift gjelder"). */
export function dataArk(g: KontoutskriftGrunnlag): ArkDefinisjon[] {
  const lagArk: Record<ArkValg, (g: KontoutskriftGrunnlag) => ArkDefinisjon> = {
    krav: kravArk,
    utbetalinger: utbetalingerArk,
    transaksjoner: transaksjonerArk,
    motregning: motregningArk,
  };
  return ARK_VALG.filter((valg) => g.ark.includes(valg)).map((valg) => lagArk[valg](g));
}

/** "Kontoutskrift gjelder": who, which period, made when and by whom, the totals, and what the sheets hold. */
export function gjelderRader(g: KontoutskriftGrunnlag): GjelderRad[] {
  const t = tekster(g);
  const sum = g.totalOversikt;
  const lagetDato = formatDato(iDag(g.laget.tidspunkt), g.spraak);
  const rader: GjelderRad[] = [
    { etikett: t("fil.gjelder.tittel"), verdi: null, type: "overskrift" },
    { etikett: t("fil.gjelder.virksomhet"), verdi: g.part.navn, type: "tekst" },
    { etikett: t("fil.gjelder.orgnr"), verdi: g.part.orgnr, type: "tekst" },
    { etikett: t("fil.gjelder.fraOgMed"), verdi: g.periode.fraOgMed, type: "dato" },
    { etikett: t("fil.gjelder.tilOgMed"), verdi: g.periode.tilOgMed, type: "dato" },
    { etikett: t("fil.gjelder.restPer"), verdi: g.periode.tilOgMed, type: "dato" },
    { etikett: t("fil.gjelder.restIDag"), verdi: iDag(g.laget.tidspunkt), type: "dato" },
    { etikett: t("fil.gjelder.laget"), verdi: osloVeggklokke(g.laget.tidspunkt), type: "tidspunkt" },
    { etikett: t("fil.gjelder.lagetAv"), verdi: g.laget.av, type: "tekst" },
    { etikett: "", verdi: null, type: "tekst" },
    { etikett: t("fil.gjelder.summerOverskrift", { dato: lagetDato }), verdi: null, type: "overskrift" },
    { etikett: t("fil.gjelder.forfalt"), verdi: kr(sum.sumForfalteKrav), type: "beloep" },
    { etikett: t("fil.gjelder.ikkeForfalt"), verdi: kr(sum.sumIkkeForfalteKrav), type: "beloep" },
    { etikett: t("fil.gjelder.renter"), verdi: kr(sum.sumStipulerteRenter), type: "beloep" },
    { etikett: t("fil.gjelder.uplassert"), verdi: kr(sum.sumUplasserteInnbetalinger), type: "beloep" },
    { etikett: t("fil.gjelder.saldo"), verdi: kr(sum.saldo), type: "beloep" },
    { etikett: "", verdi: null, type: "tekst" },
    { etikett: t("fil.gjelder.innholdOverskrift"), verdi: null, type: "overskrift" },
    ...ARK_VALG.filter((valg) => g.ark.includes(valg)).map(
      (valg): GjelderRad => ({ etikett: t(`fil.ark.${valg}`), verdi: t(`fil.gjelder.innhold.${valg}`), type: "tekst" }),
    ),
    { etikett: "", verdi: t("fil.gjelder.treVirkedager"), type: "tekst" },
  ];
  if (g.skjermet) rader.splice(9, 0, { etikett: "", verdi: t("fil.gjelder.skjermet"), type: "tekst" });
  return rader;
}

const osloFormat = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** The Oslo wall-clock time as a Date whose UTC fields carry it (spreadsheets have no time zones). */
export function osloVeggklokke(tidspunkt: Date): Date {
  const p = Object.fromEntries(osloFormat.formatToParts(tidspunkt).map((d) => [d.type, d.value]));
  return new Date(Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)));
}
