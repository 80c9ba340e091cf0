import { test } from "node:test";
import assert from "node:assert/strict";
import { betalteKrav, dekningerForKrav, sorterBetalte, BETALT_STANDARD } from "./betalte";
import { filtrerUbetalte, oppsummerUbetalte, sorterUbetalte, tilUbetaltKrav, erForfalt } from "./ubetalte";
import { tilgodebeloep } from "./utbetalinger";
import { lesTilstand, medEndring, gjeldendeSortering, aarValg } from "./tilstand";
import { nesteSortering, sorter } from "./sortering";
import { lagForfall, lagKrav, lagKreditKrav, lagMotkrav, lagPlassertInnbetaling, lagUtbetaling } from "./testfabrikk";

const I_DAG = "2024-06-20";

test("forskuddsskatt with four terms, first unpaid and overdue: Forfallsdato (1 av 4) points at it", () => {
  const krav = lagKrav({
    beskrivelse: "Utskrevet forskuddsskatt, person 2024",
    forfall: [
      lagForfall({ forfallsdato: "2024-03-15", gjenstaaendeBeloep: 112_150, opprinneligBeloep: 112_150 }),
      lagForfall({ forfallsdato: "2024-05-15", gjenstaaendeBeloep: 112_150, opprinneligBeloep: 112_150 }),
      lagForfall({ forfallsdato: "2024-09-15", gjenstaaendeBeloep: 112_150, opprinneligBeloep: 112_150 }),
      lagForfall({ forfallsdato: "2024-11-15", gjenstaaendeBeloep: 112_150, opprinneligBeloep: 112_150 }),
    ],
  });
  const rad = tilUbetaltKrav(krav, I_DAG);
  assert.equal(rad.forfallNummer, 1);
  assert.equal(rad.antallForfall, 4);
  assert.equal(rad.gjeldendeForfall?.forfallsdato, "2024-03-15");
  assert.equal(rad.forfalt, true);
  assert.equal(rad.forfaltBeloep, 224_300);
  assert.equal(rad.ikkeForfaltBeloep, 224_300);
});

test("a paid first term moves the pointer to the next one", () => {
  const rad = tilUbetaltKrav(
    lagKrav({ forfall: [lagForfall({ forfallsdato: "2024-03-15", gjenstaaendeBeloep: 0 }), lagForfall({ forfallsdato: "2024-09-15" })] }),
    I_DAG,
  );
  assert.equal(rad.forfallNummer, 2);
  assert.equal(rad.forfalt, false);
});

test("a due date is overdue from the day after, not on the day", () => {
  assert.equal(erForfalt({ forfallsdato: I_DAG, gjenstaaendeBeloep: 1 }, I_DAG), false);
  assert.equal(erForfalt({ forfallsdato: "2024-06-19", gjenstaaendeBeloep: 1 }, I_DAG), true);
  assert.equal(erForfalt({ forfallsdato: "2024-06-19", gjenstaaendeBeloep: 0 }, I_DAG), false);
});

test("the cards count a claim with overdue and future terms in both, and sum per term", () => {
  const rader = [
    lagKrav({ forfall: [lagForfall({ forfallsdato: "2024-01-10", gjenstaaendeBeloep: 300 }), lagForfall({ forfallsdato: "2024-09-10", gjenstaaendeBeloep: 700 })] }),
    lagKrav({ forfall: [lagForfall({ forfallsdato: "2024-12-10", gjenstaaendeBeloep: 50 })] }),
  ].map((k) => tilUbetaltKrav(k, I_DAG));
  assert.deepEqual(oppsummerUbetalte(rader), { forfalte: { antall: 1, sum: 300 }, fremtidige: { antall: 2, sum: 750 }, utsatte: { antall: 0, sum: 0 } });
});

test("an appealed due date (utsattIverksettelse) is not overdue: not in Forfalte krav, a line of its own, not 'Fristen er forfalt'", () => {
  const klaget = lagKrav({
    beskrivelse: "Restskatt 2022",
    forfall: [lagForfall({ forfallsdato: "2023-11-01", opprinneligBeloep: 5_000, gjenstaaendeBeloep: 5_000, utsattIverksettelse: true })],
  });
  const vanlig = lagKrav({ beskrivelse: "Mva", forfall: [lagForfall({ forfallsdato: "2024-04-10", gjenstaaendeBeloep: 1_000 })] });
  const rader = [klaget, vanlig].map((k) => tilUbetaltKrav(k, I_DAG));
  assert.equal(rader[0]!.forfalt, false, "no 'Fristen er forfalt'");
  assert.equal(rader[0]!.utsattBeloep, 5_000);
  assert.equal(erForfalt(klaget.forfall[0]!, I_DAG), false);
  assert.deepEqual(oppsummerUbetalte(rader), { forfalte: { antall: 1, sum: 1_000 }, fremtidige: { antall: 0, sum: 0 }, utsatte: { antall: 1, sum: 5_000 } });
});

test("the free-text filter matches description, period and KID, ignoring case and spaces", () => {
  const rader = [
    lagKrav({ beskrivelse: "Merverdiavgift", periode: "2023-5", forfall: [lagForfall({ betalingsinformasjon: { kid: "7904907195215180016", kontonummer: null, iban: null, swiftBIC: null, bankinformasjon: null } })] }),
    lagKrav({ beskrivelse: "Restskatt, person - 2019", periode: "2019" }),
  ].map((k) => tilUbetaltKrav(k, I_DAG));
  const beskr = (q: string) => filtrerUbetalte(rader, q).map((r) => r.krav.beskrivelse);
  assert.deepEqual(beskr("merverdi"), ["Merverdiavgift"]);
  assert.deepEqual(beskr("2019"), ["Restskatt, person - 2019"]);
  assert.deepEqual(beskr("7904 9071 9521"), ["Merverdiavgift"]);
  assert.deepEqual(beskr("RESTSKATT person"), ["Restskatt, person - 2019"]);
  assert.deepEqual(beskr("finnes ikke"), []);
  assert.equal(filtrerUbetalte(rader, "  ").length, 2);
});

test("sorting: by amount both ways, by text in Norwegian order, missing values last", () => {
  const rader = [
    lagKrav({ beskrivelse: "Årsavgift", forfall: [lagForfall({ gjenstaaendeBeloep: 20 })] }),
    lagKrav({ beskrivelse: "Bompenger", forfall: [lagForfall({ gjenstaaendeBeloep: 300 })] }),
    lagKrav({ beskrivelse: "Øvrige", forfall: [lagForfall({ gjenstaaendeBeloep: 100 })] }),
  ].map((k) => tilUbetaltKrav(k, I_DAG));
  const b = (xs: typeof rader) => xs.map((r) => r.krav.beskrivelse);
  assert.deepEqual(b(sorterUbetalte(rader, { kolonne: "gjenstaaendeBeloep", retning: "synkende" })), ["Bompenger", "Øvrige", "Årsavgift"]);
  assert.deepEqual(b(sorterUbetalte(rader, { kolonne: "beskrivelse", retning: "stigende" })), ["Bompenger", "Øvrige", "Årsavgift"]);
  assert.deepEqual(sorter([{ v: null }, { v: 2 }, { v: 1 }], (x) => x.v, "synkende"), [{ v: 2 }, { v: 1 }, { v: null }]);
  assert.deepEqual(nesteSortering({ kolonne: "a", retning: "stigende" }, "a"), { kolonne: "a", retning: "synkende" });
  assert.deepEqual(nesteSortering({ kolonne: "a", retning: "synkende" }, "b"), { kolonne: "b", retning: "stigende" });
});

test("betalte krav: only debts paid in full; details list payments and credits with what was used", () => {
  const betalt = lagKrav({
    beskrivelse: "Forsinkelsesrente",
    periode: "2022",
    forfall: [
      lagForfall({
        forfallsdato: "2023-11-02",
        opprinneligBeloep: 2434,
        gjenstaaendeBeloep: 0,
        innbetalinger: [lagPlassertInnbetaling({ innbetaltBeloep: 315_000, benyttetBeloep: 2434, innbetalingsdato: "2023-10-18", innbetaltFraKonto: "******13531" })],
        motkrav: [lagMotkrav({ benyttetBeloep: 0.5, plassertDato: "2023-09-01", beskrivelse: "Tilgode MVA" })],
      }),
    ],
  });
  const aapent = lagKrav({ forfall: [lagForfall({ gjenstaaendeBeloep: 1 })] });
  const kreditt = lagKrav({ forfall: [lagForfall({ opprinneligBeloep: -500, gjenstaaendeBeloep: 0 })] });
  const liste = betalteKrav([betalt, aapent, kreditt]);
  assert.deepEqual(liste.map((b) => b.krav.beskrivelse), ["Forsinkelsesrente"]);
  assert.equal(liste[0]?.forfallsdato, "2023-11-02");
  const d = dekningerForKrav(betalt);
  assert.deepEqual(
    d.map((x) => [x.type, x.dato, x.innbetaltBeloep, x.benyttetBeloep, x.fraKonto]),
    [
      ["motregning", "2023-09-01", null, 0.5, null],
      ["innbetaling", "2023-10-18", 315_000, 2434, "******13531"],
    ],
  );
  assert.deepEqual(sorterBetalte(liste, BETALT_STANDARD).length, 1);
});

test("tilgodebeløp: joins a credit to the claims its motregning covered, and merges split payouts", () => {
  const kreditId = "KF-kreditt-1";
  const kreditt = lagKreditKrav({ kravforfallsIdentifikator: kreditId, opprinneligBeloep: -23_000, utbetaltBeloep: 5_000, gjenstaaendeBeloep: 0 });
  const dekketKrav = lagKrav({
    beskrivelse: "Merverdiavgift",
    periode: "2023-2",
    forfall: [lagForfall({ forfallsdato: "2023-06-10", gjenstaaendeBeloep: 0, motkrav: [lagMotkrav({ kravforfallsIdentifikator: kreditId, benyttetBeloep: 15_000 })] })],
  });
  const annet = lagKrav({ beskrivelse: "Restskatt", forfall: [lagForfall({ forfallsdato: "2023-05-02", motkrav: [lagMotkrav({ kravforfallsIdentifikator: kreditId, benyttetBeloep: 3_000 })] })] });
  const rader = tilgodebeloep(
    [
      lagUtbetaling({ utbetaltdato: "2023-07-01", kreditKrav: [kreditt] }),
      lagUtbetaling({ utbetaltdato: "2023-08-01", kreditKrav: [{ ...kreditt, utbetaltBeloep: 0 }] }),
      lagUtbetaling({ kreditKrav: [lagKreditKrav({ beskrivelse: "Uten motregning" })] }),
    ],
    [dekketKrav, annet],
  );
  assert.equal(rader.length, 2);
  const r = rader[0]!;
  assert.equal(r.opprinneligBeloep, -23_000, "a credit is negative (model.ts), shown as it is");
  assert.equal(r.utbetaltBeloep, 5_000);
  assert.equal(r.motregnetBeloep, 18_000);
  assert.deepEqual(r.utbetalingsdatoer, ["2023-07-01", "2023-08-01"]);
  assert.deepEqual(
    r.dekketKrav.map((d) => [d.beskrivelse, d.forfallsdato, d.benyttetBeloep]),
    [
      ["Restskatt", "2023-05-02", 3_000],
      ["Merverdiavgift", "2023-06-10", 15_000],
    ],
  );
  assert.equal(rader[1]?.motregnetBeloep, 0);
  assert.deepEqual(rader[1]?.dekketKrav, []);
});

test("URL state: defaults, every value readable, bad values fall back, a bad year is reported", () => {
  const p = (s: string) => new URLSearchParams(s);
  const t0 = lesTilstand(p(""), "2026-11-26");
  assert.equal(t0.fane, "ubetalte");
  assert.equal(t0.aar, 2026);
  assert.equal(t0.side, 1);
  const t1 = lesTilstand(p("fane=betalte&visning=innbetalinger&aar=2023&sorter=innbetaltBeloep&retning=synkende&side=3&sok=mva"), "2026-11-26");
  assert.deepEqual([t1.fane, t1.betalteVisning, t1.aar, t1.sorter, t1.retning, t1.side, t1.sok], ["betalte", "innbetalinger", 2023, "innbetaltBeloep", "synkende", 3, "mva"]);
  const t2 = lesTilstand(p("fane=tull&visning=tull&side=-4&retning=opp"), "2026-11-26");
  assert.deepEqual([t2.fane, t2.betalteVisning, t2.utbetalingerVisning, t2.side, t2.retning], ["ubetalte", "krav", "utbetalinger", 1, "stigende"]);
  for (const bad of ["1990", "abc", "2027"]) {
    const t = lesTilstand(p(`fane=betalte&aar=${bad}`), "2026-11-26");
    assert.equal(t.aar, null, bad);
    assert.equal(t.aarFeil, bad);
  }
  assert.deepEqual(aarValg("2026-11-26").slice(0, 2), [2026, 2025]);
  assert.equal(aarValg("2026-11-26").length, 10);
});

test("URL state: a table only uses a sort column it has", () => {
  const t = lesTilstand(new URLSearchParams("sorter=innbetaltBeloep&retning=synkende"), "2026-11-26");
  const standard = { kolonne: "forfallsdato", retning: "stigende" } as const;
  assert.deepEqual(gjeldendeSortering(t, ["forfallsdato", "beskrivelse"], standard), standard);
  assert.deepEqual(gjeldendeSortering(t, ["innbetaltBeloep"], standard), { kolonne: "innbetaltBeloep", retning: "synkende" });
});

test("URL changes: a new tab or view resets the table's sort, search and page but keeps the year", () => {
  const naa = new URLSearchParams("fane=betalte&aar=2023&sorter=periode&retning=synkende&sok=mva&side=2");
  assert.equal(medEndring(naa, { fane: "utbetalinger" }), "?fane=utbetalinger&aar=2023");
  assert.equal(medEndring(naa, { fane: "ubetalte" }), "?aar=2023");
  assert.equal(medEndring(naa, { visning: "innbetalinger" }), "?fane=betalte&aar=2023&visning=innbetalinger");
  assert.equal(medEndring(naa, { sortering: { kolonne: "periode", retning: "stigende" } }), "?fane=betalte&aar=2023&sorter=periode&sok=mva");
  assert.equal(medEndring(naa, { side: 1 }), "?fane=betalte&aar=2023&sorter=periode&retning=synkende&sok=mva");
  assert.equal(medEndring(new URLSearchParams(""), { aar: 2022 }), "?aar=2022");
});
