import { dag, dato, aarAv } from "../testdata/krav/dager";
import { FORSINKELSESRENTE_SATSER } from "./satser";

/**
 * Forsinkelsesrente (late-payment interest) as docs/product.md describes it: simple interest
 * on the unpaid remainder from the day after the due date up to and including the payment
 * date; the yearly rate is set per half-year; a day is 1/365 of it (1/366 in leap years);
 * split at each half-year boundary. Amounts in kroner, unrounded until the end (øre).
 */

const SATSER = FORSINKELSESRENTE_SATSER.map((s) => ({ fra: dag(s.fra), sats: s.prosent / 100 }));

function satsFor(day: number): number {
  let sats = SATSER[0]!.sats; // before the table: the earliest known rate
  for (const s of SATSER) {
    if (s.fra <= day) sats = s.sats;
    else break;
  }
  return sats;
}

function dagerIAaret(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

/** Next 1 January or 1 July after `day`. */
function nesteHalvaar(day: number): number {
  const year = aarAv(day);
  const juli = dato(year, 7, 1);
  return day < juli ? juli : dato(year + 1, 1, 1);
}

/** Unrounded interest on `beloep` for the days after `fraDag` up to and including `tilDag` (day numbers). */
export function renteForDager(beloep: number, fraDag: number, tilDag: number): number {
  if (beloep <= 0 || tilDag <= fraDag) return 0;
  let sum = 0;
  let start = fraDag + 1; // first interest day
  while (start <= tilDag) {
    const slutt = Math.min(nesteHalvaar(start) - 1, tilDag);
    const dager = slutt - start + 1;
    sum += (beloep * satsFor(start) * dager) / dagerIAaret(aarAv(start));
    start = slutt + 1;
  }
  return sum;
}

export const rundOere = (n: number) => Math.round(n * 100) / 100;

/** Interest in kroner (øre precision) on `beloep` due `forfallsdato`, paid `betalingsdato` (ISO dates). */
export function forsinkelsesrente(beloep: number, forfallsdato: string, betalingsdato: string): number {
  return rundOere(renteForDager(beloep, dag(forfallsdato), dag(betalingsdato)));
}

/**
 * Interest so far on one due date whose remainder changed over time: `endringer` are the
 * placements (date and amount covered), `tilDag` the day to count to (today). Each placed
 * amount carries interest up to and including its placement day.
 */
export function renteMedDelbetalinger(
  opprinnelig: number,
  forfallDag: number,
  endringer: readonly { dag: number; beloep: number }[],
  tilDag: number,
): number {
  let rest = opprinnelig;
  let fra = forfallDag;
  let sum = 0;
  const sorted = [...endringer].sort((a, b) => a.dag - b.dag);
  for (const e of sorted) {
    if (e.dag > tilDag) break;
    if (e.dag > fra) {
      sum += renteForDager(rest, fra, e.dag);
      fra = e.dag;
    }
    rest -= e.beloep;
  }
  sum += renteForDager(rest, fra, tilDag);
  return sum;
}
