/**
 * Domain types the UI and the kontoutskrift use. Built from the API's schemas (schema.ts)
 * by the mapping in mapping.ts: texts resolved to one language, old/new shapes merged,
 * missing details (screened parties) as null.
 *
 * Amount signs, normalised once in mapping.ts (no component or view module flips a sign):
 * - amounts owed are positive: a claim's and a due date's opprinneligBeloep / gjenstaaendeBeloep;
 * - credits are negative: a credit claim's (tilgode) opprinneligBeloep / gjenstaaendeBeloep;
 * - money in is positive: innbetaltBeloep, uplassertBeloep (the API gives innbetaltBeloep negative);
 * - money out is positive: utbetaltBeloep;
 * - used amounts are positive: benyttetBeloep, what of a payment, credit or payout was placed on a
 *   claim (the API's plassertBeloep is negative under `krav` and positive under `innbetalinger`).
 */

export type { Spraak } from "@/lib/i18n/spraak";

export type Betalingsinformasjon = {
  kontonummer: string | null;
  kid: string | null;
  iban: string | null;
  swiftBIC: string | null;
  bankinformasjon: string | null;
};

/** A payment used on one due date ("benyttet beløp"). */
export type PlassertInnbetaling = {
  innbetalingsidentifikator: string | null;
  benyttetBeloep: number;
  plassertDato: string | null;
  innbetalingsdato: string | null;
  innbetaltBeloep: number | null;
  /** The account paid from, masked as the API gives it (e.g. "******43210"). */
  innbetaltFraKonto: string | null;
  kontoeiersNavn: string | null;
  innbetalingstype: string | null;
  /** The KID the payer paid with (innbetaltFra.kidnummer). */
  kid: string | null;
  /** The payer's message to the recipient (innbetaltFra.meldingSendtTilMottaker). */
  melding: string | null;
};

/** A credit claim paid out (plassertUtbetaling). */
export type PlassertUtbetaling = {
  utbetalingsidentifikator: string | null;
  /** What of the credit this payout used, positive. */
  benyttetBeloep: number;
  utbetaltBeloep: number | null;
  utbetaltDato: string | null;
  plassertDato: string | null;
  tilKonto: string | null;
  kontoeiersNavn: string | null;
  melding: string | null;
};

/** A credit claim offset against one due date (motregning). */
export type PlassertMotkrav = {
  kravforfallsIdentifikator: string | null;
  benyttetBeloep: number;
  kravtype: string | null;
  plassertDato: string | null;
  beskrivelse: string | null;
  forfallsdato: string | null;
  periode: string | null;
};

export type Kravforfall = {
  kravforfallsIdentifikator: string;
  forfallsdato: string;
  opprinneligBeloep: number;
  gjenstaaendeBeloep: number;
  betalingsinformasjon: Betalingsinformasjon | null;
  utsattIverksettelse: boolean;
  innbetalinger: PlassertInnbetaling[];
  motkrav: PlassertMotkrav[];
  utbetalinger: PlassertUtbetaling[];
};

export type Krav = {
  kravidentifikator: string;
  kravtype: string;
  kravgruppe: string;
  beskrivelse: string;
  /** The term or tax period as text, e.g. "2023/02" or "2024". */
  periode: string | null;
  aar: number | null;
  /** The period's first and last day (kravperiode.fraDato / tilDato) when the API gives them. */
  periodeFra: string | null;
  periodeTil: string | null;
  /** On an interest claim: the principal claim it belongs to. */
  hovedstolKravidentifikator: string | null;
  opprettelsesdato: string | null;
  opprinneligBeloep: number;
  gjenstaaendeBeloep: number;
  /** Late-payment interest so far ("Forsinkelsesrenter hittil"). */
  stipulerteRenter: number;
  fastsettingsmaate: string | null;
  /** Due dates in date order. */
  forfall: Kravforfall[];
};

/** Where (part of) a payment was used. */
export type InnbetalingPlassering = {
  kravidentifikator: string | null;
  kravforfallsIdentifikator: string | null;
  kravtype: string | null;
  kravgruppe: string | null;
  beskrivelse: string | null;
  periode: string | null;
  forfallsdato: string | null;
  benyttetBeloep: number;
  plassertDato: string | null;
  /** The due date's original amount and what is left of it (opprinnelig/gjenstaaendeKravforfallsbeloep). */
  opprinneligBeloep: number | null;
  gjenstaaendeBeloep: number | null;
};

export type Innbetaling = {
  innbetalingsidentifikator: string;
  innbetalingsdato: string;
  innbetaltBeloep: number;
  uplassertBeloep: number;
  innbetalingstype: string | null;
  /** The KID the payer paid with (innbetaltFra.kidnummer). */
  kid: string | null;
  /** The payer's message to the recipient (innbetaltFra.meldingSendtTilMottaker). */
  melding: string | null;
  mottakersKontonummer: string | null;
  innbetaltFraKonto: string | null;
  kontoeiersNavn: string | null;
  plasseringer: InnbetalingPlassering[];
};

export type KreditKrav = {
  kravforfallsIdentifikator: string | null;
  beskrivelse: string | null;
  kravtype: string | null;
  periode: string | null;
  /** The credit as the API gives it (negative). */
  opprinneligBeloep: number;
  gjenstaaendeBeloep: number;
  utbetaltBeloep: number;
  /** What of the credit covered other claims: |opprinnelig| - utbetalt - |gjenstaaende|. */
  motregnetBeloep: number;
};

export type Utbetaling = {
  utbetalingsidentifikator: string;
  utbetaltdato: string;
  utbetaltBeloep: number;
  utbetalingstatus: string | null;
  melding: string | null;
  tilKonto: string | null;
  kontoeiersNavn: string | null;
  valutakode: string | null;
  kreditKrav: KreditKrav[];
};

export type Sum = {
  sumStipulerteRenter: number;
  sumForfalteKrav: number;
  sumIkkeForfalteKrav: number;
  saldo: number;
};

export type TotalOversikt = Sum & { sumUplasserteInnbetalinger: number };
export type KravgruppeOversikt = Sum & { kravgruppe: string };

export type AapneKrav = {
  partIdentifikator: string;
  skjermet: boolean;
  /** False when the answer had no totalOversikt (a fully screened party): the sums are then 0 and must not be shown. */
  harSummer: boolean;
  /** Claims in the answer that could not be read and were left out. */
  forkastet: number;
  krav: Krav[];
  uplasserteInnbetalinger: Innbetaling[];
  totalOversikt: TotalOversikt;
  oversiktPerKravgruppe: KravgruppeOversikt[];
};

export type Periode = { fraOgMed: string; tilOgMed: string };

/** `forkastet`: items in the answers that could not be read and were left out. */
export type KravIPeriode = { partIdentifikator: string; periode: Periode; skjermet: boolean; forkastet: number; krav: Krav[] };
export type InnbetalingerIPeriode = { partIdentifikator: string; periode: Periode; skjermet: boolean; forkastet: number; innbetalinger: Innbetaling[] };
export type UtbetalingerIPeriode = { partIdentifikator: string; periode: Periode; skjermet: boolean; forkastet: number; utbetalinger: Utbetaling[] };
