import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { SEED_ORGNR } from "../../dev/testdata/parties";
import { iDag } from "../dato";
import { beregnForsinkelsesrenter } from "../renter";
import { meldinger } from "../tekster";
import { PAUSE, gjelderRader, kravArk, motregningArk, transaksjonerArk, type Celle, type KontoutskriftGrunnlag } from "./ark";
import { SEED_RADER, lagForfall, lagGrunnlag, lagInnbetaling, lagKrav, lagMotkrav, lagPlassering } from "./fixtures";
import { ARK_VALG } from "./periode";
import { standInData } from "./standin-fixtures";

/** The kontoutskrift as at the period's end, rebuilt from the test party's ledger (through the stand-in's JSON and our schemas). */

const t = meldinger.nb.kontoutskrift.fil;
const NAA = new Date();

function seedGrunnlag(periode: { fraOgMed: string; tilOgMed: string }): KontoutskriftGrunnlag {
  const data = standInData(SEED_ORGNR, periode, NAA);
  return lagGrunnlag({
    periode,
    laget: { tidspunkt: NAA, av: "Kari Nordmann" },
    totalOversikt: data.aapne.totalOversikt,
    krav: data.krav,
    innbetalinger: data.innbetalinger,
    utbetalinger: data.utbetalinger,
    ark: [...ARK_VALG],
  });
}

const rader = (rows: Iterable<Celle[] | typeof PAUSE>): Celle[][] => [...rows].filter((r): r is Celle[] => r !== PAUSE);
const dmy = (iso: Celle) => (typeof iso === "string" && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso);
const finn = (rows: Celle[][], beskrivelse: string, dato: string) => rows.find((r) => (r[3] as string).startsWith(beskrivelse) && r[4] === dato);

describe("kontoutskrift as at the period's end, from the seed party's ledger", () => {
  const periode = { fraOgMed: "2019-01-01", tilOgMed: "2021-02-28" };

  test("2019 to 28.02.2021 gives the seed's rows: the amounts still open then (14 199, 20 853, ...), in the seed's order", () => {
    const rows = rader(kravArk(seedGrunnlag(periode)).rader());
    // År, Periode, Kravgruppe, Kravbeskrivelse, Dato, Debet/Kredit, Restbeløp per 28.02.2021, KID.
    const noekkel = (r: (string | number | null)[]) => {
      const beskrivelse = typeof r[3] === "string" && r[3].startsWith("Innbetaling") ? "Innbetaling" : r[3];
      return JSON.stringify([r[0], r[1], r[2], beskrivelse, dmy(r[4]!), r[5], r[6], r[10]]);
    };
    const faktisk = rows.map(noekkel);
    let fra = 0;
    for (const seedRad of SEED_RADER) {
      const i = faktisk.indexOf(noekkel(seedRad), fra);
      assert.ok(i >= fra, `the seed's row missing or out of order: ${noekkel(seedRad)}\n${faktisk.join("\n")}`);
      fra = i + 1;
    }
    // Everything overdue was paid on 15.06.2021: today's column says 0 where the period's end says 14 199.
    const rs2018 = finn(rows, "Restskatt, person - 2018", "2019-10-31")!;
    assert.deepEqual([rs2018[6], rs2018[12]], [14199, 0]);
  });

  test("interest as at the period's end: the remainder as it went down, day by day; 0 on a claim settled by then", () => {
    const rows = rader(kravArk(seedGrunnlag(periode)).rader());
    const renter = (beloep: number, forfallsdato: string, betalingsdato: string) => beregnForsinkelsesrenter({ beloep, forfallsdato, betalingsdato }).renter;
    // Gebyr 1 955 due 27.11.2019, nothing paid by 28.02.2021.
    assert.equal(finn(rows, "Gebyr - 2019", "2019-11-27")![7], renter(1955, "2019-11-27", "2021-02-28"));
    // Restskatt 2018: term 1 paid before its due date; term 2 had 409 offset on 06.12.2019, 14 199 left.
    const rs2018 = Math.round((renter(409, "2019-10-31", "2019-12-06") + renter(14199, "2019-10-31", "2021-02-28")) * 100) / 100;
    assert.equal(finn(rows, "Restskatt, person - 2018", "2019-10-31")![7], rs2018);
    assert.ok(rs2018 > 1600 && rs2018 < 1700, `about 14 199 x 16 months x 8-9 %: ${rs2018}`);
    // Mva-melding 2020/06 was paid in full on 22.02.2021.
    assert.equal(finn(rows, "Mva-melding", "2021-02-10")![7], 0);
  });

  test("a year's end: 31.12.2020 leaves out the OCR payment of 22.02.2021, and restskatt 2019 still has its 526", () => {
    const rows = rader(kravArk(seedGrunnlag({ fraOgMed: "2020-01-01", tilOgMed: "2020-12-31" })).rader());
    assert.equal(finn(rows, "Restskatt, person - 2019", "2020-11-12")![6], 25201 - 3822);
    assert.ok(rows.every((r) => (r[4] as string) <= "2020-12-31"), "only dates in the period");
    assert.equal(rows.filter((r) => (r[3] as string).startsWith("Innbetaling")).length, 1, "the one payment of 2020 (01.12.2020)");
  });

  test("Kontoutskrift gjelder names both dates: the period's end and today", () => {
    const g = seedGrunnlag(periode);
    const gjelder = new Map(gjelderRader(g).map((r) => [r.etikett, r.verdi]));
    assert.equal(gjelder.get(t.gjelder.restPer), "2021-02-28");
    assert.equal(gjelder.get(t.gjelder.restIDag), iDag(g.laget.tidspunkt));
    assert.notEqual(gjelder.get(t.gjelder.restIDag), "2021-02-28");
  });
});

describe("kontoutskrift: only what is dated in the period", () => {
  const periode = { fraOgMed: "2025-01-01", tilOgMed: "2025-12-31" };
  const laget = { tidspunkt: new Date("2026-12-04T10:00:00Z"), av: "Rita Regnskap" };

  test("a payment's placements and a credit's offsets dated after the period are not in it, and count as still open", () => {
    const krav = lagKrav({
      beskrivelse: "Mva-melding",
      forfall: [
        lagForfall({
          forfallsdato: "2025-10-10",
          opprinneligBeloep: 10000,
          gjenstaaendeBeloep: 0,
          innbetalinger: [
            { innbetalingsidentifikator: "i1", benyttetBeloep: 4000, plassertDato: "2025-10-10", innbetalingsdato: "2025-10-10", innbetaltBeloep: 4000, innbetaltFraKonto: null, kontoeiersNavn: null, innbetalingstype: "OCR", kid: null, melding: null },
            { innbetalingsidentifikator: "i2", benyttetBeloep: 1000, plassertDato: "2026-01-05", innbetalingsdato: "2025-12-30", innbetaltBeloep: 1000, innbetaltFraKonto: null, kontoeiersNavn: null, innbetalingstype: "OCR", kid: null, melding: null },
          ],
          motkrav: [lagMotkrav({ benyttetBeloep: 5000, plassertDato: "2026-02-01", beskrivelse: "Skatt til gode" })],
        }),
      ],
    });
    const innbetaling = lagInnbetaling({
      innbetalingsdato: "2025-12-30",
      innbetaltBeloep: 1000,
      uplassertBeloep: 0,
      plasseringer: [lagPlassering({ benyttetBeloep: 1000, plassertDato: "2026-01-05", forfallsdato: "2025-10-10" })],
    });
    const g = lagGrunnlag({ periode, laget, krav: [krav], innbetalinger: [innbetaling] });
    const kravRader = rader(kravArk(g).rader());
    const rad = kravRader.find((r) => r[4] === "2025-10-10")!;
    assert.deepEqual([rad[6], rad[12]], [6000, 0], "6 000 open at 31.12.2025, 0 today");
    const betaling = kravRader.find((r) => r[4] === "2025-12-30")!;
    assert.deepEqual([betaling[6], betaling[12]], [-1000, 0], "the payment of 30.12 was not yet used at the year's end");
    assert.equal(rader(transaksjonerArk(g).rader()).length, 1, "the payment, not its placement of 05.01.2026");
    assert.equal(rader(motregningArk(g).rader()).length, 0, "no offset dated 2026 in the 2025 statement");
  });
});
