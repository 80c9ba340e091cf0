import { FORSINKELSESRENTE_SATSER, type Rentesats } from "./satser";

/**
 * Estimates forsinkelsesrenter (late-payment interest) by the rules in product.md:
 * simple interest on the unpaid remainder, from the day after the due date up to and
 * including the payment date; the yearly rate is set per half-year, a day is 1/365 of it
 * (1/366 in a leap year), and the period is split at every half-year boundary. Each part is
 * rounded to øre. Pure: dates are ISO `YYYY-MM-DD` strings, no clock, no time zone.
 */

export type Renteperiode = {
  fraOgMed: string;
  tilOgMed: string;
  dager: number;
  /** The yearly rate used, in percent. */
  satsProsent: number;
  /** True when the rate for this half-year is not known and the last known one is assumed. */
  antattSats: boolean;
  renter: number;
};

export type Renteberegning = { renter: number; perioder: Renteperiode[]; antattSats: boolean };

const DAG_MS = 86_400_000;

function dagnummer(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Ugyldig dato: ${iso}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`Ugyldig dato: ${iso}`);
  }
  return ms / DAG_MS;
}

function isoFraDagnummer(dag: number): string {
  return new Date(dag * DAG_MS).toISOString().slice(0, 10);
}

function erSkuddaar(aar: number): boolean {
  return (aar % 4 === 0 && aar % 100 !== 0) || aar % 400 === 0;
}

/** Rounds to øre, half away from zero, without binary surprises (1.005 -> 1.01). */
export function rundTilOere(beloep: number): number {
  return Math.sign(beloep) * Math.round(Number((Math.abs(beloep) * 100).toPrecision(15))) / 100;
}

/** The rate for the half-year that `dag` falls in; unknown rates fall back to the nearest known one. */
function satsFor(dag: number, satser: readonly Rentesats[]): { prosent: number; antatt: boolean } {
  const iso = isoFraDagnummer(dag);
  let gjeldende: Rentesats | undefined;
  for (const sats of satser) if (sats.fraOgMed <= iso) gjeldende = sats;
  if (gjeldende && gjeldende.prosent !== null) return { prosent: gjeldende.prosent, antatt: false };
  // Before the table, or a half-year whose rate is not set yet: assume the nearest known rate.
  const kjente = satser.filter((s): s is Rentesats & { prosent: number } => s.prosent !== null);
  if (kjente.length === 0) throw new Error("Rentetabellen har ingen kjente satser");
  const naermeste = gjeldende ? kjente.filter((s) => s.fraOgMed <= iso).at(-1) : kjente[0];
  return { prosent: (naermeste ?? kjente[0]!).prosent, antatt: true };
}

/** First day of the next half-year after `dag` (1 January or 1 July). */
function nesteHalvaarStart(dag: number): number {
  const d = new Date(dag * DAG_MS);
  const aar = d.getUTCFullYear();
  return d.getUTCMonth() < 6 ? Date.UTC(aar, 6, 1) / DAG_MS : Date.UTC(aar + 1, 0, 1) / DAG_MS;
}

/**
 * Interest on `beloep` for the days after `forfallsdato` up to and including `betalingsdato`.
 * Zero when the payment date is on or before the due date, or the amount is not positive.
 */
export function beregnForsinkelsesrenter(
  args: { beloep: number; forfallsdato: string; betalingsdato: string },
  satser: readonly Rentesats[] = FORSINKELSESRENTE_SATSER,
): Renteberegning {
  const start = dagnummer(args.forfallsdato) + 1;
  const slutt = dagnummer(args.betalingsdato);
  const perioder: Renteperiode[] = [];
  if (args.beloep <= 0 || slutt < start) return { renter: 0, perioder, antattSats: false };
  for (let fra = start; fra <= slutt; ) {
    const til = Math.min(nesteHalvaarStart(fra) - 1, slutt);
    const dager = til - fra + 1;
    const aar = new Date(fra * DAG_MS).getUTCFullYear();
    const sats = satsFor(fra, satser);
    const renter = rundTilOere((args.beloep * (sats.prosent / 100) * dager) / (erSkuddaar(aar) ? 366 : 365));
    perioder.push({ fraOgMed: isoFraDagnummer(fra), tilOgMed: isoFraDagnummer(til), dager, satsProsent: sats.prosent, antattSats: sats.antatt, renter });
    fra = til + 1;
  }
  const renter = rundTilOere(perioder.reduce((sum, p) => sum + p.renter, 0));
  return { renter, perioder, antattSats: perioder.some((p) => p.antattSats) };
}

export type ForfallForRenter = { forfallsdato: string; gjenstaaendeBeloep: number };

export type Renteestimat = {
  /** Interest so far as the API gives it (up to and including today). */
  renterHittil: number;
  /** Interest from tomorrow (or the due date, if later) up to and including the payment date. */
  beregnedeRenter: number;
  /** renterHittil + beregnedeRenter. */
  estimerteRenter: number;
  /** What is left of the claim. */
  restbeloep: number;
  /** restbeloep + estimerteRenter. */
  totaltAaBetale: number;
  antattSats: boolean;
  perioder: Renteperiode[];
};

/**
 * Projects a claim's interest to a planned payment date: the API's interest so far, plus
 * the interest each unpaid due date will accrue after today (or after its own due date, when
 * that is later) up to the payment date.
 */
export function estimerRenter(args: {
  forfall: readonly ForfallForRenter[];
  stipulerteRenter: number;
  iDag: string;
  betalingsdato: string;
  satser?: readonly Rentesats[];
}): Renteestimat {
  const perioder: Renteperiode[] = [];
  let beregnet = 0;
  let restbeloep = 0;
  for (const f of args.forfall) {
    if (f.gjenstaaendeBeloep <= 0) continue;
    restbeloep += f.gjenstaaendeBeloep;
    const fra = f.forfallsdato > args.iDag ? f.forfallsdato : args.iDag;
    const b = beregnForsinkelsesrenter({ beloep: f.gjenstaaendeBeloep, forfallsdato: fra, betalingsdato: args.betalingsdato }, args.satser);
    beregnet += b.renter;
    perioder.push(...b.perioder);
  }
  const beregnedeRenter = rundTilOere(beregnet);
  const estimerteRenter = rundTilOere(args.stipulerteRenter + beregnedeRenter);
  restbeloep = rundTilOere(restbeloep);
  return {
    renterHittil: args.stipulerteRenter,
    beregnedeRenter,
    estimerteRenter,
    restbeloep,
    totaltAaBetale: rundTilOere(restbeloep + estimerteRenter),
    antattSats: perioder.some((p) => p.antattSats),
    perioder,
  };
}
