import type { Mottakerkonto } from "./konto";

/**
 * One party's account with Skatteetaten as the stand-in keeps it: claims (krav) with due dates
 * (forfall), payments in (innbetalinger), payouts (utbetalinger), and the placements that tie
 * them together. Amounts are whole øre (integers) so every sum is exact; dates are day numbers
 * (dager.ts). Debts are positive; credit claims (tilgode) are negative. The ledger holds what
 * has happened up to "today" only (the builder drops later events).
 */

export type Tekst = { nb: string; nn?: string; en?: string };

export type Kravperiode = { tekst: Tekst; aar: number };

export type Krav = {
  id: string;
  kravtype: string;
  kravgruppe: string;
  beskrivelse: Tekst;
  periode: Kravperiode | null;
  opprettet: number;
  fastsettingsmaate: string | null;
  kid: string | null;
  konto: Mottakerkonto;
  /** A credit (tilgode): negative amounts, settled by motregning and payout. */
  kreditt: boolean;
  forfall: Forfall[];
};

export type Forfall = {
  id: string;
  krav: Krav;
  /** 1-based position among the claim's due dates. */
  nr: number;
  dag: number;
  /** øre; negative for a credit. */
  opprinnelig: number;
  /** øre still owed (debt) or still to settle (credit, <= 0). */
  gjenstaaende: number;
  utsattIverksettelse: boolean;
  /** Payments and credits placed on this (debt) due date. */
  plasseringer: Plassering[];
  /** For a credit: where it covered debts (motregning). */
  motregnetMot: Plassering[];
  /** For a credit: what was paid out, øre (positive). */
  utbetalt: number;
};

export type Plassering = {
  /** The debt's due date that was covered. */
  forfall: Forfall;
  /** øre covered, positive. */
  beloep: number;
  dag: number;
  innbetaling: Innbetaling | null;
  /** Set for motregning: the credit's due date that covered the debt. */
  kreditForfall: Forfall | null;
};

export type Innbetaling = {
  id: string;
  dag: number;
  beloep: number;
  uplassert: number;
  type: string;
  kid: string | null;
  fraKonto: string;
  fraNavn: string | null;
  tilKonto: string;
  plasseringer: Plassering[];
};

export type Utbetaling = {
  id: string;
  dag: number;
  beloep: number;
  status: string;
  melding: string;
  tilKonto: string;
  tilNavn: string;
  kreditKrav: { forfall: Forfall; utbetalt: number }[];
};

export type Ledger = {
  orgnr: string;
  skjermet: boolean;
  /** The day the ledger was built for. */
  idag: number;
  krav: Krav[];
  innbetalinger: Innbetaling[];
  utbetalinger: Utbetaling[];
};

export const erForfalt = (f: Forfall, idag: number) => f.dag < idag;
