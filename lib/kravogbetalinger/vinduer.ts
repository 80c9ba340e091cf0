import { addDays, addYears } from "date-fns";
import { parseIsoDato, tilIsoDato } from "../dato";
import type { Innbetaling, Krav, Kravforfall, Periode, Utbetaling } from "./model";
import { sorterKrav } from "./mapping";

/**
 * The API answers at most one year per call: a longer period is split into one-year windows
 * (fetched separately) whose results are merged back in date order without duplicates.
 */

/** The longest period one call may ask for; longer ones are refused before any request. */
export const MAKS_AAR = 20;

export class UgyldigPeriodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UgyldigPeriodeError";
  }
}

/** Checks a period; returns the dates or throws UgyldigPeriodeError with a Norwegian message. */
export function sjekkPeriode(periode: Periode): { fra: Date; til: Date } {
  const fra = parseIsoDato(periode?.fraOgMed ?? "");
  const til = parseIsoDato(periode?.tilOgMed ?? "");
  if (!fra) throw new UgyldigPeriodeError(`Ugyldig fra-og-med-dato «${periode?.fraOgMed}» (bruk ÅÅÅÅ-MM-DD).`);
  if (!til) throw new UgyldigPeriodeError(`Ugyldig til-og-med-dato «${periode?.tilOgMed}» (bruk ÅÅÅÅ-MM-DD).`);
  if (fra > til) throw new UgyldigPeriodeError(`Fra-og-med-dato ${periode.fraOgMed} er etter til-og-med-dato ${periode.tilOgMed}.`);
  if (addYears(fra, MAKS_AAR) <= til) throw new UgyldigPeriodeError(`Perioden kan være høyst ${MAKS_AAR} år.`);
  return { fra, til };
}

/**
 * Splits a period into windows of at most one year, each starting the day after the previous
 * one ends: 2019-01-01..2024-12-31 gives six calendar years; 2019-07-01..2020-06-30 stays one.
 */
export function delIAarsvinduer(periode: Periode): Periode[] {
  const { fra, til } = sjekkPeriode(periode);
  const vinduer: Periode[] = [];
  let start = fra;
  while (start <= til) {
    const sisteMulige = addDays(addYears(start, 1), -1);
    const slutt = sisteMulige < til ? sisteMulige : til;
    vinduer.push({ fraOgMed: tilIsoDato(start), tilOgMed: tilIsoDato(slutt) });
    start = addDays(slutt, 1);
  }
  return vinduer;
}

/** Joins lists in order, keeping the first of each id (later copies are the same item again). */
function unike<T>(lister: readonly (readonly T[])[], id: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const liste of lister) {
    for (const item of liste) {
      const key = id(item);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

const datoSort = <T>(dato: (item: T) => string) => (a: T, b: T) => (dato(a) < dato(b) ? -1 : dato(a) > dato(b) ? 1 : 0);

/**
 * Merges the claims of several windows. A claim that shows up in more than one window (its due
 * dates straddle a window edge) appears once, with the union of its due dates.
 */
export function slaaSammenKrav(lister: readonly (readonly Krav[])[]): Krav[] {
  const byId = new Map<string, Krav>();
  for (const liste of lister) {
    for (const krav of liste) {
      const existing = byId.get(krav.kravidentifikator);
      if (!existing) {
        byId.set(krav.kravidentifikator, krav);
        continue;
      }
      const forfall: Kravforfall[] = unike([existing.forfall, krav.forfall], (f) => f.kravforfallsIdentifikator).sort(
        datoSort((f) => f.forfallsdato),
      );
      byId.set(krav.kravidentifikator, { ...existing, forfall });
    }
  }
  return sorterKrav([...byId.values()]);
}

export function slaaSammenInnbetalinger(lister: readonly (readonly Innbetaling[])[]): Innbetaling[] {
  return unike(lister, (i) => i.innbetalingsidentifikator).sort(datoSort((i) => i.innbetalingsdato));
}

export function slaaSammenUtbetalinger(lister: readonly (readonly Utbetaling[])[]): Utbetaling[] {
  return unike(lister, (u) => u.utbetalingsidentifikator).sort(datoSort((u) => u.utbetaltdato));
}
