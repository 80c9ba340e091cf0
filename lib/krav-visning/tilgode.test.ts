import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ledgerFor } from "../../dev/testdata/krav";
import { aarAv, dag } from "../../dev/testdata/krav/dager";
import { findTestParty, SEED_ORGNR } from "../../dev/testdata/parties";
import { iDag } from "../dato";
import { standInData } from "../kontoutskrift/standin-fixtures";
import { tilgodebeloep } from "./utbetalinger";

/**
 * Tilgodebeløp for a year, built from the stand-in's answers as the overview fetches them (the
 * year's payouts and claims, the two years before and the open claims to find what a credit
 * covered), checked against the test party's ledger: every credit of the year is there, paid
 * out or not, and the year's sum is the sum of the ledger's credits.
 */

const FJELLBEKK = "311851381";
const HAVBRIS = "314961900";
const aar = (y: number) => ({ fraOgMed: `${y}-01-01`, tilOgMed: `${y}-12-31` });

function tilgodeFor(orgnr: string, y: number) {
  const d = standInData(orgnr, aar(y));
  const tidligere = [standInData(orgnr, aar(y - 1)).krav, standInData(orgnr, aar(y - 2)).krav].flat();
  return tilgodebeloep(d.utbetalinger, d.krav, [...tidligere, ...d.aapne.krav]);
}

/** The ledger's credits of a year: those dated in it, and those paid out in it. */
function ledgerKreditter(orgnr: string, y: number) {
  const ledger = ledgerFor(findTestParty(orgnr)!, dag(iDag(new Date())));
  const kreditter = new Map<string, { opprinnelig: number; utbetalt: number }>();
  for (const k of ledger.krav) for (const f of k.forfall) if (k.kreditt && aarAv(f.dag) === y) kreditter.set(f.id, { opprinnelig: f.opprinnelig, utbetalt: f.utbetalt });
  for (const u of ledger.utbetalinger) for (const kk of u.kreditKrav) if (aarAv(u.dag) === y) kreditter.set(kk.forfall.id, { opprinnelig: kk.forfall.opprinnelig, utbetalt: kk.forfall.utbetalt });
  return kreditter;
}

const kr = (oere: number) => oere / 100;
const sum = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) * 100) / 100;

describe("tilgodebeløp: every credit of the year, and what each covered", () => {
  for (const [orgnr, y] of [[FJELLBEKK, 2024], [FJELLBEKK, 2025], [HAVBRIS, 2024], [HAVBRIS, 2025], [SEED_ORGNR, 2019], [SEED_ORGNR, 2021]] as const) {
    test(`${findTestParty(orgnr)!.name} ${y}: the year's sum equals the ledger's credits, paid out and offset alike`, () => {
      const rader = tilgodeFor(orgnr, y);
      const ledger = ledgerKreditter(orgnr, y);
      assert.deepEqual(new Set(rader.map((r) => r.kravforfallsIdentifikator)), new Set(ledger.keys()), "the same credits");
      assert.equal(sum(rader.map((r) => r.opprinneligBeloep)), kr([...ledger.values()].reduce((s, k) => s + k.opprinnelig, 0)));
      assert.equal(sum(rader.map((r) => r.utbetaltBeloep)), kr([...ledger.values()].reduce((s, k) => s + k.utbetalt, 0)));
      for (const r of rader) {
        // the credit = paid out + used on other claims + what is left; and the claims it covered add up to what it covered
        assert.equal(Math.round((-r.opprinneligBeloep - r.utbetaltBeloep - r.motregnetBeloep + r.gjenstaaendeBeloep) * 100), 0, `${r.beskrivelse} adds up`);
        assert.equal(sum(r.dekketKrav.map((d) => d.benyttetBeloep)), r.motregnetBeloep, `${r.beskrivelse} ${r.periode}: the covered claims are found`);
      }
    });
  }

  test("Fjellbekk's «Skatt til gode» 2023 of 52 570 (28.10.2024) was paid out with 0 and covered arbeidsgiveravgift 2023/02", () => {
    const r = tilgodeFor(FJELLBEKK, 2024).find((x) => x.opprinneligBeloep === -52570);
    assert.ok(r, "the fully offset credit is listed");
    assert.deepEqual([r.beskrivelse, r.dato, r.utbetaltBeloep, r.motregnetBeloep, r.utbetalingsdatoer], ["Skatt til gode", "2024-10-28", 0, 52570, []]);
    assert.deepEqual(
      r.dekketKrav.map((d) => [d.beskrivelse, d.periode, d.forfallsdato, d.benyttetBeloep, d.plassertDato]),
      [["Arbeidsgiveravgift", "2023/02", "2023-05-15", 52570, "2024-10-28"]],
    );
  });
});
