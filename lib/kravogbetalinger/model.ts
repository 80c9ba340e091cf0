/**
 * Domain types the UI and the kontoutskrift use. Built from the API's schemas (schema.ts)
 * by the mapping in mapping.ts: texts resolved to one language, old/new shapes merged,
 * missing details (screened parties) as null. Amount signs:
 * - opprinneligBeloep / gjenstaaendeBeloep: as the API gives them (a debt is positive,
 *   a credit claim negative);
 * - benyttetBeloep: what was used of a payment or credit on a claim, always positive
 *   (the API's plassertBeloep is negative);
 * - innbetaltBeloep / utbetaltBeloep: positive.
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
};

export type Krav = {
  kravidentifikator: string;
  kravtype: string;
  kravgruppe: string;
  beskrivelse: string;
  /** The term or tax period as text, e.g. "2023/02" or "2024". */
  periode: string | null;
  aar: number | null;
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
  opprinneligBeloep: number | null;
  gjenstaaendeBeloep: number | null;
};

export type Innbetaling = {
  innbetalingsidentifikator: string;
  innbetalingsdato: string;
  innbetaltBeloep: number;
  uplassertBeloep: number;
  innbetalingstype: string | null;
  kid: string | null;
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
  krav: Krav[];
  uplasserteInnbetalinger: Innbetaling[];
  totalOversikt: TotalOversikt;
  oversiktPerKravgruppe: KravgruppeOversikt[];
};

export type Periode = { fraOgMed: string; tilOgMed: string };

export type KravIPeriode = { partIdentifikator: string; periode: Periode; skjermet: boolean; krav: Krav[] };
export type InnbetalingerIPeriode = { partIdentifikator: string; periode: Periode; skjermet: boolean; innbetalinger: Innbetaling[] };
export type UtbetalingerIPeriode = { partIdentifikator: string; periode: Periode; skjermet: boolean; utbetalinger: Utbetaling[] };
