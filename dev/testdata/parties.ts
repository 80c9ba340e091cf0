import { medKontrollsiffer } from "../../lib/identifikator";

/**
 * Every test party in one place: who it is and what story its data tells. The API stand-in
 * generates each party's claims from its scenario (deterministically, seeded by orgnr); the
 * Altinn stand-in lists parties from here. The README describes these.
 */

export type Scenario =
  | "seed" // the launch presentation's screens: forskuddsskatt 448 600 overdue, paid forsinkelsesrente 2022
  | "vanlig" // an ordinary firm: some overdue, some future, some paid
  | "tom" // nothing owed, nothing paid: empty lists, KB-007 for periods
  | "uplassert-motregning" // unplaced payments, payouts with motregning
  | "stor" // 8 years of history, >= 5 000 open claims, >= 50 000 transactions
  | "skjermet" // fully screened: answers hold only the call's parameters and skjermet: true
  | "publisert" // Skatteetaten's published example responses, verbatim (dev/api/kontrakt)
  | "feil-kb002" // every call answers 500 KB-002
  | "feil-das003" // every call answers 500 DAS-003 (temporarily unavailable)
  | "feil-timeout" // every call hangs longer than the client's timeout
  | "feil-ugyldig" // 200 with a malformed body
  | "feil-ustabil"; // every other call answers 500 KB-001; a retry succeeds

export type TestParty = {
  orgnr: string;
  name: string;
  /** Enhetsregisteret's organisation form: ENK, AS, BEDR (sub-unit), NUF, ... */
  unitType: string;
  scenario: Scenario;
  /** For a sub-unit (BEDR): the orgnr of its main unit. */
  parent?: string;
  isDeleted?: boolean;
  /** The tax settlement three years back is a restskatt under appeal (utsattIverksettelse: collection postponed). */
  klage?: boolean;
  story: string;
};

/** Generated, valid organisasjonsnummer from a deterministic sequence (never a real firm's test number). */
function* orgnrSequence(start: number): Generator<string> {
  for (let n = start; ; n++) {
    const orgnr = medKontrollsiffer(String(n));
    if (orgnr) yield orgnr;
  }
}

const gen = orgnrSequence(31_590_000);
const next = () => gen.next().value as string;

export const SEED_ORGNR = "313367002";
export const STOR_ORGNR = "212201782";
/** The party of Skatteetaten's published example responses (served verbatim). */
export const PUBLISERT_ORGNR = "871978433";

const named: TestParty[] = [
  {
    orgnr: SEED_ORGNR,
    name: "Nordmann Eplepress ENK",
    unitType: "ENK",
    scenario: "seed",
    story:
      "Lanseringens skjermbilder: utskrevet forskuddsskatt 2024 på 448 600,00 kr forfalt 15.03.2024 (1 av 4), betalt forsinkelsesrente 2022 på 2 434,00 kr dekket av innbetaling 315 000,00 kr 18.10.2023, og kontoutskriftens rader 2018-2021.",
  },
  {
    orgnr: "311851381",
    name: "Fjellbekk Bakeri AS",
    unitType: "AS",
    scenario: "vanlig",
    klage: true,
    story:
      "Vanlig aksjeselskap med merverdiavgift, arbeidsgiveravgift og forskuddstrekk; noe forfalt, noe fremtidig; restskatten for tre år siden er påklaget (innkrevingen er utsatt).",
  },
  {
    orgnr: "314961900",
    name: "Havbris Sjømat ENK",
    unitType: "ENK",
    scenario: "uplassert-motregning",
    story: "Har uplasserte innbetalinger, og utbetalinger der tilgodebeløpet delvis er brukt til å dekke andre krav (motregning).",
  },
  {
    orgnr: "314055403",
    name: "Lysning Design ENK",
    unitType: "ENK",
    scenario: "tom",
    story: "Skylder ingenting og har ingen historikk: tomme lister.",
  },
  {
    orgnr: STOR_ORGNR,
    name: "Storvik Entreprenør AS",
    unitType: "AS",
    scenario: "stor",
    story: "Stor virksomhet: 8 års historikk, over 5 000 åpne krav og over 50 000 transaksjoner.",
  },
  {
    orgnr: "310478717",
    name: "Bjørkely Rådgivning ENK",
    unitType: "ENK",
    scenario: "skjermet",
    story: "Fullt skjermet part: svarene har bare kallets parametre og skjermet: true (ingen summer, ingen lister).",
  },
  {
    orgnr: PUBLISERT_ORGNR,
    name: "Eksempel Publisert AS",
    unitType: "AS",
    scenario: "publisert",
    story: "Skatteetatens publiserte eksempelsvar ordrett (2022): KID, innbetalinger med plassertKrav, kreditkrav og renter.",
  },
];

const fjellbekkAvdelinger: TestParty[] = [
  { orgnr: next(), name: "Fjellbekk Bakeri AS avd. Bergen", unitType: "BEDR", scenario: "vanlig", parent: "311851381", story: "Underenhet av Fjellbekk Bakeri AS." },
  { orgnr: next(), name: "Fjellbekk Bakeri AS avd. Voss", unitType: "BEDR", scenario: "tom", parent: "311851381", story: "Underenhet uten krav." },
];

const failing: TestParty[] = [
  { orgnr: next(), name: "Feilberg Handel AS", unitType: "AS", scenario: "feil-kb002", story: "Alle kall svarer 500 KB-002 (feil i bakenforliggende system)." },
  { orgnr: next(), name: "Nedetid Transport AS", unitType: "AS", scenario: "feil-das003", story: "Alle kall svarer 500 DAS-003 (midlertidig utilgjengelig)." },
  { orgnr: next(), name: "Treig Logistikk AS", unitType: "AS", scenario: "feil-timeout", story: "Alle kall henger lenger enn klientens tidsavbrudd." },
  { orgnr: next(), name: "Rotete Data AS", unitType: "AS", scenario: "feil-ugyldig", story: "Svarer 200 med en kropp som ikke følger skjemaet." },
  { orgnr: next(), name: "Ustabil Drift AS", unitType: "AS", scenario: "feil-ustabil", story: "Annethvert kall svarer 500 KB-001; et nytt forsøk lykkes." },
];

const deleted: TestParty = {
  orgnr: next(),
  name: "Gamle Fjellbekk Kafé AS",
  unitType: "AS",
  scenario: "tom",
  isDeleted: true,
  story: "Slettet enhet: vises for seg i velgeren.",
};

const FIRST = ["Aurora", "Bjerke", "Dal", "Eik", "Fjord", "Gran", "Heia", "Isfjell", "Jule", "Kyst", "Lind", "Myr", "Nord", "Odde", "Polar", "Rein", "Sol", "Tind", "Ulv", "Vik"];
const SECOND = ["Bygg", "Regnskap", "Fisk", "Transport", "Handel", "Snekker", "Rør", "Elektro", "Frisør", "Konsult"];
const FORMS = ["AS", "ENK", "AS", "ENK", "DA"];

/** 200 ordinary clients for the accountant test person. */
const clients: TestParty[] = Array.from({ length: 200 }, (_, i) => {
  const form = FORMS[i % FORMS.length]!;
  return {
    orgnr: next(),
    name: `${FIRST[i % FIRST.length]} ${SECOND[Math.floor(i / FIRST.length) % SECOND.length]} ${form}`,
    unitType: form,
    scenario: i % 7 === 3 ? "tom" : "vanlig",
    story: "Regnskapsførerens klient med vanlige krav.",
  };
});

export const TEST_PARTIES: readonly TestParty[] = [...named, ...fjellbekkAvdelinger, ...failing, deleted, ...clients];

const byOrgnr = new Map(TEST_PARTIES.map((p) => [p.orgnr, p]));

export function findTestParty(orgnr: string): TestParty | undefined {
  return byOrgnr.get(orgnr);
}

export const FAILING_PARTIES = failing;
export const CLIENT_PARTIES = clients;
export const FJELLBEKK_AVDELINGER = fjellbekkAvdelinger;
export const DELETED_PARTY = deleted;
