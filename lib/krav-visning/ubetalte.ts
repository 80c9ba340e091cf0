import type { Krav, Kravforfall } from "@/lib/kravogbetalinger/model";
import { sorter, type Sortering } from "./sortering";
import { soekegrunnlag, treffer } from "./soek";

/** One open claim as the Ubetalte krav list shows it. */
export type UbetaltKrav = {
  krav: Krav;
  /** The first due date not paid in full (or the last one): what "Forfallsdato (1 av 4)" points at. */
  gjeldendeForfall: Kravforfall | null;
  /** 1-based position of gjeldendeForfall among the claim's due dates. */
  forfallNummer: number;
  antallForfall: number;
  /** Something is left on a due date that has passed (and whose collection is not postponed). */
  forfalt: boolean;
  forfaltBeloep: number;
  ikkeForfaltBeloep: number;
  /** What is left on due dates whose collection is postponed (utsattIverksettelse, e.g. an appeal): neither overdue nor future. */
  utsattBeloep: number;
  kid: string | null;
  soekegrunnlag: string;
};

export type UbetaltKolonne = "forfallsdato" | "beskrivelse" | "periode" | "opprinneligBeloep" | "gjenstaaendeBeloep";
export const UBETALT_KOLONNER: readonly UbetaltKolonne[] = ["forfallsdato", "beskrivelse", "periode", "opprinneligBeloep", "gjenstaaendeBeloep"];
export const UBETALT_STANDARD: Sortering<UbetaltKolonne> = { kolonne: "forfallsdato", retning: "stigende" };

/**
 * A due date has passed when it is before today (on the day itself one can still pay on time),
 * unless its collection is postponed (utsattIverksettelse: an appeal, an agreed deferral).
 */
export function erForfalt(forfall: Pick<Kravforfall, "forfallsdato" | "gjenstaaendeBeloep"> & Partial<Pick<Kravforfall, "utsattIverksettelse">>, iDag: string): boolean {
  return forfall.gjenstaaendeBeloep > 0 && forfall.forfallsdato < iDag && !forfall.utsattIverksettelse;
}

export function tilUbetaltKrav(krav: Krav, iDag: string): UbetaltKrav {
  const forfall = krav.forfall;
  const aapenIndex = forfall.findIndex((f) => f.gjenstaaendeBeloep > 0);
  const index = aapenIndex >= 0 ? aapenIndex : forfall.length - 1;
  const gjeldende = forfall[index] ?? null;
  let forfaltBeloep = 0;
  let ikkeForfaltBeloep = 0;
  let utsattBeloep = 0;
  for (const f of forfall) {
    if (f.gjenstaaendeBeloep <= 0) continue;
    if (f.utsattIverksettelse) utsattBeloep += f.gjenstaaendeBeloep;
    else if (erForfalt(f, iDag)) forfaltBeloep += f.gjenstaaendeBeloep;
    else ikkeForfaltBeloep += f.gjenstaaendeBeloep;
  }
  // A claim without due dates (screened or odd data) still counts by its own remainder.
  if (forfall.length === 0 && krav.gjenstaaendeBeloep > 0) ikkeForfaltBeloep = krav.gjenstaaendeBeloep;
  const kider = forfall.map((f) => f.betalingsinformasjon?.kid ?? null);
  return {
    krav,
    gjeldendeForfall: gjeldende,
    forfallNummer: index + 1,
    antallForfall: forfall.length,
    forfalt: forfaltBeloep > 0,
    forfaltBeloep,
    ikkeForfaltBeloep,
    utsattBeloep,
    kid: gjeldende?.betalingsinformasjon?.kid ?? null,
    soekegrunnlag: soekegrunnlag([krav.beskrivelse, krav.periode, krav.kravgruppe, ...kider]),
  };
}

export type Oppsummering = { antall: number; sum: number };

/**
 * Counts and sums for the two cards and the postponed line: a claim with both overdue and future
 * due dates counts in both; postponed due dates (utsattIverksettelse) count only as postponed.
 */
export function oppsummerUbetalte(krav: readonly UbetaltKrav[]): { forfalte: Oppsummering; fremtidige: Oppsummering; utsatte: Oppsummering } {
  const forfalte = { antall: 0, sum: 0 };
  const fremtidige = { antall: 0, sum: 0 };
  const utsatte = { antall: 0, sum: 0 };
  for (const k of krav) {
    if (k.utsattBeloep > 0) {
      utsatte.antall++;
      utsatte.sum += k.utsattBeloep;
    }
    if (k.forfaltBeloep > 0) {
      forfalte.antall++;
      forfalte.sum += k.forfaltBeloep;
    }
    if (k.ikkeForfaltBeloep > 0) {
      fremtidige.antall++;
      fremtidige.sum += k.ikkeForfaltBeloep;
    }
  }
  return { forfalte, fremtidige, utsatte };
}

const verdi: Record<UbetaltKolonne, (k: UbetaltKrav) => string | number | null> = {
  forfallsdato: (k) => k.gjeldendeForfall?.forfallsdato ?? null,
  beskrivelse: (k) => k.krav.beskrivelse,
  periode: (k) => k.krav.periode,
  opprinneligBeloep: (k) => k.krav.opprinneligBeloep,
  gjenstaaendeBeloep: (k) => k.krav.gjenstaaendeBeloep,
};

export function sorterUbetalte(krav: readonly UbetaltKrav[], s: Sortering<UbetaltKolonne>): UbetaltKrav[] {
  return sorter(krav, verdi[s.kolonne], s.retning);
}

export function filtrerUbetalte(krav: readonly UbetaltKrav[], soek: string): readonly UbetaltKrav[] {
  return soek.trim() ? krav.filter((k) => treffer(k.soekegrunnlag, soek)) : krav;
}
