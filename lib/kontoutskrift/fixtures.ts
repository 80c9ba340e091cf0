import type { Innbetaling, InnbetalingPlassering, Krav, Kravforfall, PlassertMotkrav, TotalOversikt, Utbetaling } from "../kravogbetalinger/model";
import type { KontoutskriftGrunnlag } from "./ark";
import { ARK_VALG } from "./periode";

/** Small domain-typed fixture factories for the kontoutskrift's tests and benchmark. */

let teller = 0;
const nyId = (prefix: string) => `${prefix}-${++teller}`;

export function lagForfall(over: Partial<Kravforfall> & Pick<Kravforfall, "forfallsdato" | "opprinneligBeloep">): Kravforfall {
  return {
    kravforfallsIdentifikator: nyId("forfall"),
    gjenstaaendeBeloep: over.opprinneligBeloep,
    betalingsinformasjon: null,
    utsattIverksettelse: false,
    innbetalinger: [],
    motkrav: [],
    utbetalinger: [],
    ...over,
  };
}

export function lagKrav(over: Partial<Krav> & Pick<Krav, "beskrivelse" | "forfall">, kid?: string): Krav {
  const forfall = kid
    ? over.forfall.map((f) => ({ ...f, betalingsinformasjon: { kontonummer: "63450618888", kid, iban: null, swiftBIC: null, bankinformasjon: null } }))
    : over.forfall;
  return {
    kravidentifikator: nyId("krav"),
    kravtype: "RESTSKATT",
    kravgruppe: "Skatt",
    periode: null,
    aar: null,
    periodeFra: null,
    periodeTil: null,
    hovedstolKravidentifikator: null,
    opprettelsesdato: null,
    opprinneligBeloep: over.forfall.reduce((s, f) => s + f.opprinneligBeloep, 0),
    gjenstaaendeBeloep: over.forfall.reduce((s, f) => s + f.gjenstaaendeBeloep, 0),
    stipulerteRenter: 0,
    fastsettingsmaate: null,
    ...over,
    forfall,
  };
}

export function lagPlassering(over: Partial<InnbetalingPlassering> & Pick<InnbetalingPlassering, "benyttetBeloep">): InnbetalingPlassering {
  return {
    kravidentifikator: null,
    kravforfallsIdentifikator: null,
    kravtype: null,
    kravgruppe: null,
    beskrivelse: null,
    periode: null,
    forfallsdato: null,
    plassertDato: null,
    opprinneligBeloep: null,
    gjenstaaendeBeloep: null,
    ...over,
  };
}

export function lagInnbetaling(over: Partial<Innbetaling> & Pick<Innbetaling, "innbetalingsdato" | "innbetaltBeloep">): Innbetaling {
  return {
    innbetalingsidentifikator: nyId("innbetaling"),
    uplassertBeloep: 0,
    innbetalingstype: "Innbetalt OCR",
    kid: null,
    melding: null,
    mottakersKontonummer: "63450618888",
    innbetaltFraKonto: "xxxxxx11111",
    kontoeiersNavn: null,
    plasseringer: [],
    ...over,
  };
}

export function lagMotkrav(over: Partial<PlassertMotkrav> & Pick<PlassertMotkrav, "benyttetBeloep">): PlassertMotkrav {
  return {
    kravforfallsIdentifikator: nyId("motkrav"),
    kravtype: "MVA_TILGODE",
    plassertDato: null,
    beskrivelse: "Mva-melding (tilgode)",
    forfallsdato: null,
    periode: null,
    ...over,
  };
}

export function lagUtbetaling(over: Partial<Utbetaling> & Pick<Utbetaling, "utbetaltdato" | "utbetaltBeloep">): Utbetaling {
  return {
    utbetalingsidentifikator: nyId("utbetaling"),
    utbetalingstatus: "bekreftet",
    melding: null,
    tilKonto: "xxxxxx18888",
    kontoeiersNavn: null,
    valutakode: "NOK",
    kreditKrav: [],
    ...over,
  };
}

export const NULL_TOTAL: TotalOversikt = { sumStipulerteRenter: 0, sumForfalteKrav: 0, sumIkkeForfalteKrav: 0, sumUplasserteInnbetalinger: 0, saldo: 0 };

export function lagGrunnlag(over: Partial<KontoutskriftGrunnlag> = {}): KontoutskriftGrunnlag {
  return {
    spraak: "nb",
    part: { orgnr: "313367002", navn: "Nordmann Eplepress ENK" },
    periode: { fraOgMed: "2019-01-01", tilOgMed: "2021-12-31" },
    laget: { tidspunkt: new Date("2026-11-26T09:30:00Z"), av: "Kari Nordmann" },
    totalOversikt: NULL_TOTAL,
    skjermet: false,
    krav: [],
    innbetalinger: [],
    utbetalinger: [],
    ark: [...ARK_VALG],
    ...over,
  };
}

const kid = {
  restskatt2018: "7904907195215180016",
  gebyr: "7904907195228190010",
  forskudd2020: "7904907195201200014",
  restskatt2019: "7904907195215190011",
  rente: "7904907195224190016",
  mva: "1476948909419709",
};

/**
 * The claims behind the seed's kontoutskrift screenshot (the launch presentation), built the way
 * the API gives them: one claim with its due dates, KID in the payment information.
 */
export function seedKrav(): Krav[] {
  const f = (forfallsdato: string, opprinneligBeloep: number, gjenstaaendeBeloep: number) =>
    lagForfall({ forfallsdato, opprinneligBeloep, gjenstaaendeBeloep });
  return [
    lagKrav({ beskrivelse: "Restskatt, person", aar: 2018, periode: "2018", stipulerteRenter: 6623, forfall: [f("2019-09-26", 14607, 0), f("2019-10-31", 14608, 14199)] }, kid.restskatt2018),
    lagKrav({ beskrivelse: "Gebyr", kravgruppe: "Andre krav", kravtype: "GEBYR", aar: 2019, periode: "2019", forfall: [f("2019-11-27", 1955, 1955)] }, kid.gebyr),
    lagKrav(
      {
        beskrivelse: "Utskrevet forskuddsskatt, person",
        kravtype: "FORSKUDDSSKATT",
        aar: 2020,
        periode: "2020",
        stipulerteRenter: 8832,
        forfall: [f("2020-05-04", 8250, 8250), f("2020-07-15", 8250, 8250), f("2020-09-15", 8250, 8250), f("2020-11-16", 8250, 8250)],
      },
      kid.forskudd2020,
    ),
    lagKrav({ beskrivelse: "Restskatt, person", aar: 2019, periode: "2019", stipulerteRenter: 11471, forfall: [f("2020-11-12", 25201, 20853), f("2020-12-17", 25201, 25201)] }, kid.restskatt2019),
    lagKrav(
      { beskrivelse: "Forsinkelsesrente Utskrevet forskuddsskatt, person", kravgruppe: "Andre krav", kravtype: "FORSINKELSESRENTE", aar: 2019, periode: "2019", forfall: [f("2020-12-29", 4364, 4364)] },
      kid.rente,
    ),
    lagKrav(
      { beskrivelse: "Mva-melding", kravgruppe: "Merverdiavgift", kravtype: "MVA", aar: 2020, periode: "2020/06", fastsettingsmaate: "EGENFASTSATT", forfall: [f("2021-02-10", 1974, 0)] },
      kid.mva,
    ),
  ];
}

export function seedInnbetalinger(): Innbetaling[] {
  return [lagInnbetaling({ innbetalingsdato: "2021-02-22", innbetaltBeloep: 2500, kid: "1399848909419704", innbetaltFraKonto: "xxxxxx11111", mottakersKontonummer: null })];
}

/** The seed screenshot's rows as they read there (dd.mm.yyyy, amounts as numbers, blanks as null). */
export const SEED_RADER: (string | number | null)[][] = [
  [2018, null, "Skatt", "Restskatt, person - 2018", "26.09.2019", 14607, 0, 6623, null, null, kid.restskatt2018, null],
  [2018, null, "Skatt", "Restskatt, person - 2018", "31.10.2019", 14608, 14199, 6623, null, null, kid.restskatt2018, null],
  [2019, null, "Andre krav", "Gebyr - 2019", "27.11.2019", 1955, 1955, 0, null, null, kid.gebyr, null],
  [2020, null, "Skatt", "Utskrevet forskuddsskatt, person - 2020", "04.05.2020", 8250, 8250, 8832, null, null, kid.forskudd2020, null],
  [2020, null, "Skatt", "Utskrevet forskuddsskatt, person - 2020", "15.07.2020", 8250, 8250, 8832, null, null, kid.forskudd2020, null],
  [2020, null, "Skatt", "Utskrevet forskuddsskatt, person - 2020", "15.09.2020", 8250, 8250, 8832, null, null, kid.forskudd2020, null],
  [2019, null, "Skatt", "Restskatt, person - 2019", "12.11.2020", 25201, 20853, 11471, null, null, kid.restskatt2019, null],
  [2020, null, "Skatt", "Utskrevet forskuddsskatt, person - 2020", "16.11.2020", 8250, 8250, 8832, null, null, kid.forskudd2020, null],
  [2019, null, "Skatt", "Restskatt, person - 2019", "17.12.2020", 25201, 25201, 11471, null, null, kid.restskatt2019, null],
  [2019, null, "Andre krav", "Forsinkelsesrente Utskrevet forskuddsskatt, person - 2019", "29.12.2020", 4364, 4364, 0, null, null, kid.rente, null],
  [2020, "06", "Merverdiavgift", "Mva-melding", "10.02.2021", 1974, 0, 0, "EGENFASTSATT", null, kid.mva, null],
  [null, null, null, "Innbetaling: Innbetalt OCR", "22.02.2021", -2500, 0, null, null, "xxxxxx11111", "1399848909419704", null],
];
