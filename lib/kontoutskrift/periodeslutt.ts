import { beregnForsinkelsesrenter } from "../renter";
import type { Innbetaling, Krav, Kravforfall } from "../kravogbetalinger/model";

/**
 * The ledger as it stood at the end of a statement's period. The API answers with today's
 * remainders; a claim's placements (payments and offsets, each with its plassertDato) say when
 * the remainder went down, so the remainder at the period's end is today's plus everything
 * placed after that day. Interest is what the API would have given as «stipulerteRenter» on
 * that day: simple interest on the remainder as it went down (lib/renter), 0 once the claim
 * was settled (the interest then comes as a claim of its own). Pure: dates are ISO strings.
 */

export type Periodeslutt = {
  /** The period's last day. */
  slutt: string;
  /** What was left of a due date at the period's end (a credit: negative, what was not yet used). */
  rest: (forfall: Kravforfall) => number;
  /** A claim's accrued interest at the period's end. */
  renter: (krav: Krav) => number;
  /** What of a payment was not yet placed at the period's end. */
  uplassert: (innbetaling: Innbetaling) => number;
};

const oere = (n: number) => Math.round(n * 100) / 100 || 0;
const sum = (xs: readonly number[]) => oere(xs.reduce((s, x) => s + x, 0));

/** A placement without a date is taken as done by the period's end (it cannot be placed in time). */
const etter = (dato: string | null, slutt: string) => dato !== null && dato > slutt;

/** Placements on a debt's due date, with their dates: payments and offsets. */
function plasseringer(f: Kravforfall): { beloep: number; dato: string | null }[] {
  return [
    ...f.innbetalinger.map((p) => ({ beloep: p.benyttetBeloep, dato: p.plassertDato ?? p.innbetalingsdato })),
    ...f.motkrav.map((m) => ({ beloep: m.benyttetBeloep, dato: m.plassertDato })),
  ];
}

/**
 * `krav`: every claim fetched for the period (a credit's offsets are on the claims it covered);
 * `idag`: today, when the API's own figures are the answer.
 */
export function vedPeriodeslutt(krav: readonly Krav[], slutt: string, idag: string): Periodeslutt {
  // What each credit covered after the period's end, found on the claims it covered.
  const motregnetEtter = new Map<string, number>();
  for (const k of krav) {
    for (const f of k.forfall) {
      for (const m of f.motkrav) {
        if (m.kravforfallsIdentifikator && etter(m.plassertDato, slutt)) {
          motregnetEtter.set(m.kravforfallsIdentifikator, (motregnetEtter.get(m.kravforfallsIdentifikator) ?? 0) + m.benyttetBeloep);
        }
      }
    }
  }
  const iDagEllerSenere = slutt >= idag;

  const rest = (f: Kravforfall): number => {
    if (iDagEllerSenere) return f.gjenstaaendeBeloep;
    if (f.opprinneligBeloep < 0) {
      const utbetaltEtter = sum(f.utbetalinger.filter((u) => etter(u.plassertDato ?? u.utbetaltDato, slutt)).map((u) => u.benyttetBeloep));
      const brukt = utbetaltEtter + (motregnetEtter.get(f.kravforfallsIdentifikator) ?? 0);
      return oere(Math.max(f.opprinneligBeloep, f.gjenstaaendeBeloep - brukt));
    }
    const senere = sum(plasseringer(f).filter((p) => etter(p.dato, slutt)).map((p) => p.beloep));
    return oere(Math.min(f.opprinneligBeloep, f.gjenstaaendeBeloep + senere));
  };

  // Each of a claim's due-date rows shows the claim's interest: work it out once per claim.
  const renterPerKrav = new Map<string, number>();
  const renter = (k: Krav): number => {
    if (iDagEllerSenere) return k.stipulerteRenter;
    const kjent = renterPerKrav.get(k.kravidentifikator);
    if (kjent !== undefined) return kjent;
    const verdi = beregnRenter(k);
    renterPerKrav.set(k.kravidentifikator, verdi);
    return verdi;
  };

  const beregnRenter = (k: Krav): number => {
    if (k.opprinneligBeloep < 0) return 0;
    const aapne = k.forfall.filter((f) => f.forfallsdato <= slutt);
    if (aapne.every((f) => rest(f) <= 0)) return 0;
    let total = 0;
    for (const f of aapne) {
      // Each placed amount carried interest up to its placement day; what was left, up to the period's end.
      for (const p of plasseringer(f)) {
        if (p.dato === null || etter(p.dato, slutt)) continue;
        total += beregnForsinkelsesrenter({ beloep: p.beloep, forfallsdato: f.forfallsdato, betalingsdato: p.dato }).renter;
      }
      total += beregnForsinkelsesrenter({ beloep: rest(f), forfallsdato: f.forfallsdato, betalingsdato: slutt }).renter;
    }
    return oere(total);
  };

  const uplassert = (i: Innbetaling): number => {
    if (iDagEllerSenere) return i.uplassertBeloep;
    const senere = sum(i.plasseringer.filter((p) => etter(p.plassertDato, slutt)).map((p) => p.benyttetBeloep));
    return oere(Math.min(i.innbetaltBeloep, i.uplassertBeloep + senere));
  };

  return { slutt, rest, renter, uplassert };
}
