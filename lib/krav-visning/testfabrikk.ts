import type { Krav, Kravforfall, PlassertInnbetaling, PlassertMotkrav, Utbetaling, KreditKrav } from "@/lib/kravogbetalinger/model";

/** Small fixture factories for unit tests: only what a test cares about is spelled out. */

let teller = 0;
const nyId = (prefiks: string) => `${prefiks}-${++teller}`;

export function lagForfall(over: Partial<Kravforfall> = {}): Kravforfall {
  return {
    kravforfallsIdentifikator: nyId("forfall"),
    forfallsdato: "2024-03-15",
    opprinneligBeloep: 1000,
    gjenstaaendeBeloep: 1000,
    betalingsinformasjon: { kontonummer: "63450618888", kid: "1234567890128", iban: "NO9363450618888", swiftBIC: "DNBANOKKXXX", bankinformasjon: null },
    utsattIverksettelse: false,
    innbetalinger: [],
    motkrav: [],
    utbetalinger: [],
    ...over,
  };
}

export function lagKrav(over: Partial<Krav> & { forfall?: Kravforfall[] } = {}): Krav {
  const forfall = over.forfall ?? [lagForfall()];
  return {
    kravidentifikator: nyId("krav"),
    kravtype: "RESTSKATT",
    kravgruppe: "Skatt",
    beskrivelse: "Restskatt",
    periode: "2023",
    aar: 2023,
    periodeFra: null,
    periodeTil: null,
    hovedstolKravidentifikator: null,
    opprettelsesdato: "2024-01-01",
    opprinneligBeloep: forfall.reduce((s, f) => s + f.opprinneligBeloep, 0),
    gjenstaaendeBeloep: forfall.reduce((s, f) => s + f.gjenstaaendeBeloep, 0),
    stipulerteRenter: 0,
    fastsettingsmaate: null,
    ...over,
    forfall,
  };
}

export function lagPlassertInnbetaling(over: Partial<PlassertInnbetaling> = {}): PlassertInnbetaling {
  return {
    innbetalingsidentifikator: nyId("inn"),
    benyttetBeloep: 1000,
    plassertDato: "2023-10-18",
    innbetalingsdato: "2023-10-18",
    innbetaltBeloep: 1000,
    innbetaltFraKonto: "******13531",
    kontoeiersNavn: null,
    innbetalingstype: "bankoverføring",
    kid: null,
    melding: null,
    ...over,
  };
}

export function lagMotkrav(over: Partial<PlassertMotkrav> = {}): PlassertMotkrav {
  return {
    kravforfallsIdentifikator: nyId("kreditforfall"),
    benyttetBeloep: 500,
    kravtype: "MVA_TILGODE",
    plassertDato: "2023-05-02",
    beskrivelse: "Tilgode merverdiavgift",
    forfallsdato: "2023-04-10",
    periode: "2023-1",
    ...over,
  };
}

export function lagKreditKrav(over: Partial<KreditKrav> = {}): KreditKrav {
  return {
    kravforfallsIdentifikator: nyId("kreditforfall"),
    beskrivelse: "Tilgode merverdiavgift",
    kravtype: "MVA_TILGODE",
    periode: "2023-1",
    opprinneligBeloep: -10_000,
    gjenstaaendeBeloep: 0,
    utbetaltBeloep: 10_000,
    motregnetBeloep: 0,
    ...over,
  };
}

export function lagUtbetaling(over: Partial<Utbetaling> = {}): Utbetaling {
  return {
    utbetalingsidentifikator: nyId("ut"),
    utbetaltdato: "2023-06-02",
    utbetaltBeloep: 10_000,
    utbetalingstatus: "bekreftet",
    melding: null,
    tilKonto: "******67898",
    kontoeiersNavn: null,
    valutakode: "NOK",
    kreditKrav: [lagKreditKrav()],
    ...over,
  };
}
