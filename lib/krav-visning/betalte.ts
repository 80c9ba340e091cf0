import type { Krav } from "@/lib/kravogbetalinger/model";
import { sorter, type Sortering } from "./sortering";

/** A claim paid in full: the Betalte krav list. */
export type BetaltKrav = { krav: Krav; forfallsdato: string | null };

export type BetaltKolonne = "forfallsdato" | "beskrivelse" | "periode" | "opprinneligBeloep";
export const BETALT_KOLONNER: readonly BetaltKolonne[] = ["forfallsdato", "beskrivelse", "periode", "opprinneligBeloep"];
export const BETALT_STANDARD: Sortering<BetaltKolonne> = { kolonne: "forfallsdato", retning: "synkende" };

/** Claims (not credits) with nothing left to pay. */
export function betalteKrav(krav: readonly Krav[]): BetaltKrav[] {
  return krav
    .filter((k) => k.gjenstaaendeBeloep === 0 && k.opprinneligBeloep > 0)
    .map((k) => ({ krav: k, forfallsdato: k.forfall.at(-1)?.forfallsdato ?? null }));
}

const verdi: Record<BetaltKolonne, (k: BetaltKrav) => string | number | null> = {
  forfallsdato: (k) => k.forfallsdato,
  beskrivelse: (k) => k.krav.beskrivelse,
  periode: (k) => k.krav.periode,
  opprinneligBeloep: (k) => k.krav.opprinneligBeloep,
};

export function sorterBetalte(krav: readonly BetaltKrav[], s: Sortering<BetaltKolonne>): BetaltKrav[] {
  return sorter(krav, verdi[s.kolonne], s.retning);
}

/** One payment or credit used on a claim, as the claim's details list it. */
export type Dekning = {
  /** A payment used on the claim, a credit offset against it, or (on a credit claim) a payout of it. */
  type: "innbetaling" | "motregning" | "utbetaling";
  /** For motregning: the credit's description; for a payment or payout: null (the UI names the type). */
  beskrivelse: string | null;
  dato: string | null;
  /** The whole payment or payout (positive); null for a credit. */
  innbetaltBeloep: number | null;
  /** What of it was used on this claim (positive). */
  benyttetBeloep: number;
  /** The account paid from (a payment) or to (a payout), masked as the API gives it. */
  fraKonto: string | null;
  /** The KID the payer paid with (innbetaltFra.kidnummer). */
  kid: string | null;
  /** The payer's message to the recipient, or the payout's message. */
  melding: string | null;
  forfallsdato: string;
};

/** Every payment and credit used on any of the claim's due dates, oldest first. */
export function dekningerForKrav(krav: Krav): Dekning[] {
  const dekninger: Dekning[] = krav.forfall.flatMap((f) => [
    ...f.innbetalinger.map(
      (i): Dekning => ({
        type: "innbetaling",
        beskrivelse: null,
        dato: i.innbetalingsdato ?? i.plassertDato,
        innbetaltBeloep: i.innbetaltBeloep,
        benyttetBeloep: i.benyttetBeloep,
        fraKonto: i.innbetaltFraKonto,
        kid: i.kid,
        melding: i.melding,
        forfallsdato: f.forfallsdato,
      }),
    ),
    ...f.motkrav.map(
      (m): Dekning => ({
        type: "motregning",
        beskrivelse: m.beskrivelse,
        dato: m.plassertDato,
        innbetaltBeloep: null,
        benyttetBeloep: m.benyttetBeloep,
        fraKonto: null,
        kid: null,
        melding: null,
        forfallsdato: f.forfallsdato,
      }),
    ),
    ...f.utbetalinger.map(
      (u): Dekning => ({
        type: "utbetaling",
        beskrivelse: null,
        dato: u.utbetaltDato ?? u.plassertDato,
        innbetaltBeloep: u.utbetaltBeloep,
        benyttetBeloep: u.benyttetBeloep,
        fraKonto: u.tilKonto,
        kid: null,
        melding: u.melding,
        forfallsdato: f.forfallsdato,
      }),
    ),
  ]);
  return sorter(dekninger, (d) => d.dato, "stigende");
}
