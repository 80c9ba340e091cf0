import assert from "node:assert/strict";
import { test } from "node:test";
import { lagForfall, lagKrav } from "@/lib/krav-visning/testfabrikk";
import { kommendeForfall, lagBetaling, lesUtvalg, utvalgQuery } from "./utvalg";

const info = (kid: string) => ({ kontonummer: "63450618888", kid, iban: "NO9363450618888", swiftBIC: "DNBANOKKXXX", bankinformasjon: null });
const IDAG = "2025-06-01";

const fireTerminer = lagKrav({
  beskrivelse: "Forskuddsskatt",
  stipulerteRenter: 120,
  forfall: [
    lagForfall({ forfallsdato: "2025-03-15", gjenstaaendeBeloep: 100.1, betalingsinformasjon: info("111") }),
    lagForfall({ forfallsdato: "2025-05-15", gjenstaaendeBeloep: 200.2, betalingsinformasjon: info("111") }),
    lagForfall({ forfallsdato: "2025-06-01", gjenstaaendeBeloep: 300, betalingsinformasjon: info("111") }),
    lagForfall({ forfallsdato: "2025-09-15", gjenstaaendeBeloep: 0, betalingsinformasjon: info("111") }),
  ],
});
const mva = lagKrav({ beskrivelse: "Merverdiavgift", forfall: [lagForfall({ forfallsdato: "2025-04-10", gjenstaaendeBeloep: 50, betalingsinformasjon: info("222") })] });
const aapne = { krav: [fireTerminer, mva] };

test("all overdue: one line per claim with its own KID, only the due dates before today, sums in øre", () => {
  const b = lagBetaling(aapne, { type: "forfalte" }, IDAG);
  assert.deepEqual(b.linjer.map((l) => [l.beskrivelse, l.kid, l.beloep, l.forfallsdato]), [
    ["Forskuddsskatt", "111", 300.3, "2025-03-15"],
    ["Merverdiavgift", "222", 50, "2025-04-10"],
  ]);
  assert.equal(b.sum, 350.3);
  assert.equal(b.linjer[0]!.stipulerteRenter, 120);
});

test("one claim: every unpaid due date; one due date: only that one; a due date on today is not overdue", () => {
  const krav = lagBetaling(aapne, { type: "krav", kravidentifikator: fireTerminer.kravidentifikator }, IDAG);
  assert.equal(krav.linjer.length, 1);
  assert.equal(krav.linjer[0]!.beloep, 600.3);
  assert.equal(krav.linjer[0]!.forfall.length, 3);
  const ett = lagBetaling(aapne, { type: "krav", kravidentifikator: fireTerminer.kravidentifikator, kravforfallsIdentifikator: fireTerminer.forfall[2]!.kravforfallsIdentifikator }, IDAG);
  assert.deepEqual(ett.linjer.map((l) => [l.beloep, l.forfallsdato]), [[300, "2025-06-01"]]);
  assert.deepEqual(lagBetaling(aapne, { type: "fremtidige" }, IDAG).linjer.map((l) => l.beloep), [300]);
  assert.equal(lagBetaling(aapne, { type: "krav", kravidentifikator: "finnes-ikke" }, IDAG).linjer.length, 0);
});

test("different KIDs on one claim's due dates give separate lines; interest only on the first", () => {
  const krav = lagKrav({
    stipulerteRenter: 10,
    forfall: [lagForfall({ forfallsdato: "2025-01-01", betalingsinformasjon: info("1") }), lagForfall({ forfallsdato: "2025-02-01", betalingsinformasjon: info("2") })],
  });
  const b = lagBetaling({ krav: [krav] }, { type: "forfalte" }, IDAG);
  assert.deepEqual(b.linjer.map((l) => [l.kid, l.stipulerteRenter]), [["1", 10], ["2", 0]]);
});

test("the URL's selection: defaults to overdue, refuses nonsense, and round-trips", () => {
  assert.deepEqual(lesUtvalg(new URLSearchParams("")), { type: "forfalte" });
  assert.deepEqual(lesUtvalg({ utvalg: "fremtidige" }), { type: "fremtidige" });
  assert.equal(lesUtvalg({ utvalg: "alt" }), null);
  assert.equal(lesUtvalg({ forfall: "x" }), null);
  assert.equal(lesUtvalg({ krav: "<script>" }), null);
  const u = { type: "krav" as const, kravidentifikator: "K-1:2", kravforfallsIdentifikator: "F.3" };
  assert.deepEqual(lesUtvalg(new URLSearchParams(utvalgQuery(u))), u);
});

test("coming due dates: unpaid, today or later, in date order", () => {
  assert.deepEqual(kommendeForfall(aapne, IDAG).map((k) => k.forfall.forfallsdato), ["2025-06-01"]);
  assert.deepEqual(kommendeForfall(aapne, "2025-01-01").map((k) => k.forfall.forfallsdato), ["2025-03-15", "2025-04-10", "2025-05-15", "2025-06-01"]);
});

const klaget = lagKrav({ beskrivelse: "Restskatt", forfall: [lagForfall({ forfallsdato: "2025-02-01", gjenstaaendeBeloep: 900, utsattIverksettelse: true, betalingsinformasjon: info("333") })] });
const medKlage = { krav: [fireTerminer, mva, klaget] };

test("appealed claims (utsattIverksettelse) are out of all overdue and up-to-a-date by default, in with medUtsatte, and in when chosen by id", () => {
  assert.deepEqual(lagBetaling(medKlage, { type: "forfalte" }, IDAG).linjer.map((l) => l.kid), ["111", "222"]);
  assert.deepEqual(lagBetaling(medKlage, { type: "forfalte", medUtsatte: true }, IDAG).linjer.map((l) => l.kid), ["333", "111", "222"]);
  assert.deepEqual(lagBetaling(medKlage, { type: "innen", tilOgMed: "2025-06-01" }, IDAG).linjer.map((l) => [l.kid, l.beloep]), [["111", 600.3], ["222", 50]]);
  assert.deepEqual(lagBetaling(medKlage, { type: "innen", tilOgMed: "2025-05-15", medUtsatte: true }, IDAG).linjer.map((l) => [l.kid, l.beloep]), [["333", 900], ["111", 300.3], ["222", 50]]);
  assert.deepEqual(lagBetaling(medKlage, { type: "valgte", kravidentifikatorer: [klaget.kravidentifikator, mva.kravidentifikator] }, IDAG).linjer.map((l) => l.kid), ["333", "222"]);
});

test("the URL's larger selections: several claims, up to a date (ISO or as typed), medUtsatte; nonsense refused; round-trips", () => {
  assert.deepEqual(lesUtvalg(new URLSearchParams("krav=A&krav=B&krav=A")), { type: "valgte", kravidentifikatorer: ["A", "B"] });
  assert.equal(lesUtvalg(new URLSearchParams("krav=A&krav=B&forfall=F")), null);
  assert.deepEqual(lesUtvalg({ utvalg: "innen", tilOgMed: "31.12.2025" }), { type: "innen", tilOgMed: "2025-12-31" });
  assert.deepEqual(lesUtvalg({ utvalg: "innen", tilOgMed: "2025-12-31", medUtsatte: "1" }), { type: "innen", tilOgMed: "2025-12-31", medUtsatte: true });
  assert.deepEqual(lesUtvalg({ medUtsatte: "1" }), { type: "forfalte", medUtsatte: true });
  assert.equal(lesUtvalg({ utvalg: "innen", tilOgMed: "31.02.2025" }), null);
  assert.equal(lesUtvalg({ utvalg: "innen" }), null);
  assert.equal(lesUtvalg({ medUtsatte: "ja" }), null);
  assert.equal(lesUtvalg({ utvalg: "fremtidige", medUtsatte: "1" }), null);
  assert.equal(lesUtvalg({ krav: "A", medUtsatte: "1" }), null);
  for (const u of [
    { type: "valgte" as const, kravidentifikatorer: ["K-1", "K:2"] },
    { type: "innen" as const, tilOgMed: "2026-01-31", medUtsatte: true },
    { type: "forfalte" as const, medUtsatte: true },
    { type: "fremtidige" as const },
  ])
    assert.deepEqual(lesUtvalg(new URLSearchParams(utvalgQuery(u))), u);
});

test("a large selection in short: one row per kravgruppe, period and account; the interest input added up per due date", async () => {
  const { lagSammendrag, samletRentegrunnlag } = await import("./sammendrag");
  const mange = Array.from({ length: 60 }, (_, i) =>
    lagKrav({ kravgruppe: "Særavgift", periode: i < 40 ? "2024" : "2025", stipulerteRenter: 1.5, forfall: [lagForfall({ forfallsdato: i < 40 ? "2024-03-20" : "2025-03-20", gjenstaaendeBeloep: 100.1, betalingsinformasjon: info(`9${i}`) })] }),
  );
  const b = lagBetaling({ krav: mange }, { type: "forfalte" }, IDAG);
  assert.deepEqual(lagSammendrag(b.linjer), [
    { kravgruppe: "Særavgift", periode: "2024", kontonummer: "63450618888", antall: 40, beloep: 4004 },
    { kravgruppe: "Særavgift", periode: "2025", kontonummer: "63450618888", antall: 20, beloep: 2002 },
  ]);
  assert.deepEqual(samletRentegrunnlag(b.linjer), { forfall: [{ forfallsdato: "2024-03-20", gjenstaaendeBeloep: 4004 }, { forfallsdato: "2025-03-20", gjenstaaendeBeloep: 2002 }], stipulerteRenter: 90 });
});
