import { formatDato, iDag } from "../dato";
import type { Innbetaling, Krav, Kravforfall, Periode, TotalOversikt, Utbetaling } from "../kravogbetalinger/model";
import { kontoutskrift as tekster } from "../tekster/kontoutskrift";
import type { ArkValg } from "./periode";

/**
 * What goes into each sheet of the kontoutskrift, as plain rows of plain values: a pure function
 * of the fetched data. skriv.ts turns these into an .xlsx (styles, formats, sums, filters).
 */

const t = tekster.fil;

/** Everything the statement is made from. */
export type KontoutskriftGrunnlag = {
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
  const lagetDato = formatDato(iDag(g.laget.tidspunkt));
  const kolonner = [
    { overskrift: t.krav.aar, type: "heltall", bredde: 7 },
    tekst(t.krav.periode, 9),
    tekst(t.krav.kravgruppe, 18),
    tekst(t.krav.kravbeskrivelse, 44),
    dato(t.krav.dato),
    beloep(t.krav.debetKredit, 20),
    beloep(t.krav.restbeloep(lagetDato), 22),
    { overskrift: t.krav.renter, type: "beloep", bredde: 15 },
    tekst(t.krav.fastsettingsmaate, 18),
    tekst(t.krav.innbetaltFra, 16),
    tekst(t.krav.kid, 27),
    tekst(t.krav.innbetaltTil, 16),
  ] satisfies Kolonne[];

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
    for (const innbetaling of unike(g.innbetalinger, (i) => i.innbetalingsidentifikator)) {
      kilder.push({ dato: innbetaling.innbetalingsdato, innbetaling });
      if (kilder.length % 5000 === 0) yield PAUSE;
    }
    yield PAUSE;
    for (const kilde of ordnetPaaDato(kilder, (k) => k.dato)) {
      if ("innbetaling" in kilde) {
        const i = kilde.innbetaling;
        yield [null, null, null, t.krav.innbetaling(i.innbetalingstype), i.innbetalingsdato, kr(-i.innbetaltBeloep), kr(-i.uplassertBeloep), null, null, i.innbetaltFraKonto, i.kid, i.mottakersKontonummer];
      } else {
        const { krav, forfall } = kilde;
        yield [
          krav.aar,
          periodeUtenAar(krav.periode, krav.aar),
          krav.kravgruppe,
          kravbeskrivelseMedAar(krav.beskrivelse, krav.periode, krav.aar),
          forfall.forfallsdato,
          kr(forfall.opprinneligBeloep),
          kr(forfall.gjenstaaendeBeloep),
          kr(krav.stipulerteRenter),
          krav.fastsettingsmaate,
          null,
          forfall.betalingsinformasjon?.kid ?? null,
          null,
        ];
      }
    }
  };
  return { navn: t.ark.krav, kolonner, rader };
}

export function transaksjonerArk(g: KontoutskriftGrunnlag): ArkDefinisjon {
  const x = t.transaksjoner;
  const kolonner: Kolonne[] = [
    dato(x.innbetalingsdato),
    tekst(x.transaksjon, 14),
    tekst(x.beskrivelse, 40),
    tekst(x.kravgruppe, 18),
    tekst(x.periode, 10),
    dato(x.forfallsdato),
    dato(x.plassertDato),
    beloep(x.innbetalt),
    beloep(x.benyttet),
    beloep(x.uplassert),
    tekst(x.innbetaltFra, 16),
    tekst(x.kid, 27),
    tekst(x.innbetaltTil, 16),
  ];
  const rader = function* (): Iterable<Celle[]> {
    const innbetalinger = ordnetPaaDato(unike(g.innbetalinger, (i) => i.innbetalingsidentifikator), (i) => i.innbetalingsdato);
    for (const i of innbetalinger) {
      yield [i.innbetalingsdato, x.innbetaling, i.innbetalingstype, null, null, null, null, kr(i.innbetaltBeloep), null, kr(i.uplassertBeloep), i.innbetaltFraKonto, i.kid, i.mottakersKontonummer];
      for (const p of ordnetPaaDato(i.plasseringer, (p) => p.plassertDato)) {
        yield [i.innbetalingsdato, x.plassering, p.beskrivelse, p.kravgruppe, p.periode, p.forfallsdato, p.plassertDato, null, kr(p.benyttetBeloep), null, null, null, null];
      }
    }
  };
  return { navn: t.ark.transaksjoner, kolonner, rader };
}

export function utbetalingerArk(g: KontoutskriftGrunnlag): ArkDefinisjon {
  const x = t.utbetalinger;
  const kolonner: Kolonne[] = [
    dato(x.utbetaltdato),
    tekst(x.transaksjon, 14),
    tekst(x.beskrivelse, 40),
    tekst(x.periode, 10),
    beloep(x.utbetalt),
    beloep(x.tilgodebeloep),
    beloep(x.heravUtbetalt),
    beloep(x.heravMotregnet, 18),
    tekst(x.tilKonto, 16),
    tekst(x.melding, 36),
    tekst(x.status, 12),
  ];
  const rader = function* (): Iterable<Celle[]> {
    const utbetalinger = ordnetPaaDato(unike(g.utbetalinger, (u) => u.utbetalingsidentifikator), (u) => u.utbetaltdato);
    for (const u of utbetalinger) {
      const konto = u.valutakode && u.valutakode !== "NOK" && u.tilKonto ? `${u.tilKonto} (${u.valutakode})` : u.tilKonto;
      yield [u.utbetaltdato, x.utbetaling, null, null, kr(u.utbetaltBeloep), null, null, null, konto, u.melding, u.utbetalingstatus];
      for (const k of u.kreditKrav) {
        yield [u.utbetaltdato, x.tilgode, k.beskrivelse, k.periode, null, kr(k.opprinneligBeloep), kr(k.utbetaltBeloep), kr(k.motregnetBeloep), null, null, null];
      }
    }
  };
  return { navn: t.ark.utbetalinger, kolonner, rader };
}

export function motregningArk(g: KontoutskriftGrunnlag): ArkDefinisjon {
  const x = t.motregning;
  const kolonner: Kolonne[] = [
    dato(x.dato),
    tekst(x.kreditkrav, 36),
    tekst(x.kreditkravPeriode, 12),
    dato(x.kreditkravForfallsdato),
    tekst(x.dekketKrav, 40),
    tekst(x.kravgruppe, 18),
    tekst(x.kravPeriode, 12),
    dato(x.kravForfallsdato),
    beloep(x.beloep),
  ];
  const rader = function* (): Iterable<Celle[]> {
    const rows: Celle[][] = [];
    for (const krav of unike(g.krav, (k) => k.kravidentifikator)) {
      for (const f of krav.forfall) {
        if (!iPerioden(g, f.forfallsdato)) continue;
        for (const m of f.motkrav) {
          rows.push([m.plassertDato, m.beskrivelse, m.periode, m.forfallsdato, krav.beskrivelse, krav.kravgruppe, krav.periode, f.forfallsdato, kr(m.benyttetBeloep)]);
        }
      }
    }
    yield* ordnetPaaDato(rows, (r) => (r[0] as string | null) ?? (r[7] as string));
  };
  return { navn: t.ark.motregning, kolonner, rader };
}

/** The included data sheets in the seed's order (after "Kontoutskrift gjelder"). */
export function dataArk(g: KontoutskriftGrunnlag): ArkDefinisjon[] {
  const alle: [ArkValg, (g: KontoutskriftGrunnlag) => ArkDefinisjon][] = [
    ["krav", kravArk],
    ["utbetalinger", utbetalingerArk],
    ["transaksjoner", transaksjonerArk],
    ["motregning", motregningArk],
  ];
  return alle.filter(([valg]) => g.ark.includes(valg)).map(([, lag]) => lag(g));
}

/** "Kontoutskrift gjelder": who, which period, made when and by whom, the totals, and what the sheets hold. */
export function gjelderRader(g: KontoutskriftGrunnlag): GjelderRad[] {
  const x = t.gjelder;
  const sum = g.totalOversikt;
  const lagetDato = formatDato(iDag(g.laget.tidspunkt));
  const rader: GjelderRad[] = [
    { etikett: x.tittel, verdi: null, type: "overskrift" },
    { etikett: x.virksomhet, verdi: g.part.navn, type: "tekst" },
    { etikett: x.orgnr, verdi: g.part.orgnr, type: "tekst" },
    { etikett: x.fraOgMed, verdi: g.periode.fraOgMed, type: "dato" },
    { etikett: x.tilOgMed, verdi: g.periode.tilOgMed, type: "dato" },
    { etikett: x.laget, verdi: osloVeggklokke(g.laget.tidspunkt), type: "tidspunkt" },
    { etikett: x.lagetAv, verdi: g.laget.av, type: "tekst" },
    { etikett: "", verdi: null, type: "tekst" },
    { etikett: x.summerOverskrift(lagetDato), verdi: null, type: "overskrift" },
    { etikett: x.forfalt, verdi: kr(sum.sumForfalteKrav), type: "beloep" },
    { etikett: x.ikkeForfalt, verdi: kr(sum.sumIkkeForfalteKrav), type: "beloep" },
    { etikett: x.renter, verdi: kr(sum.sumStipulerteRenter), type: "beloep" },
    { etikett: x.uplassert, verdi: kr(sum.sumUplasserteInnbetalinger), type: "beloep" },
    { etikett: x.saldo, verdi: kr(sum.saldo), type: "beloep" },
    { etikett: "", verdi: null, type: "tekst" },
    { etikett: x.innholdOverskrift, verdi: null, type: "overskrift" },
    ...dataArk(g).map((ark): GjelderRad => ({ etikett: ark.navn, verdi: x.innhold[arkValgFraNavn(ark.navn)], type: "tekst" })),
    { etikett: "", verdi: x.treVirkedager, type: "tekst" },
  ];
  if (g.skjermet) rader.splice(7, 0, { etikett: "", verdi: x.skjermet, type: "tekst" });
  return rader;
}

function arkValgFraNavn(navn: string): ArkValg {
  const funnet = (Object.keys(t.ark) as (keyof typeof t.ark)[]).find((k) => t.ark[k] === navn);
  if (!funnet || funnet === "gjelder") throw new Error(`ukjent ark: ${navn}`);
  return funnet;
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
