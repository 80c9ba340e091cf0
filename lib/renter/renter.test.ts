import { test } from "node:test";
import assert from "node:assert/strict";
import { beregnForsinkelsesrenter, estimerRenter, rundTilOere } from "./index";
import { FORSINKELSESRENTE_SATSER } from "./satser";

test("product.md's worked example: 10 000 kr due 10.06.2025 paid 31.07.2025 = 68.49 + 104.04 = 172.53", () => {
  const r = beregnForsinkelsesrenter({ beloep: 10_000, forfallsdato: "2025-06-10", betalingsdato: "2025-07-31" });
  assert.deepEqual(
    r.perioder.map((p) => [p.fraOgMed, p.tilOgMed, p.dager, p.satsProsent, p.renter]),
    [
      ["2025-06-11", "2025-06-30", 20, 12.5, 68.49],
      ["2025-07-01", "2025-07-31", 31, 12.25, 104.04],
    ],
  );
  assert.equal(r.renter, 172.53);
  assert.equal(r.antattSats, false);
});

test("no interest when paid on or before the due date, or nothing is owed", () => {
  assert.equal(beregnForsinkelsesrenter({ beloep: 10_000, forfallsdato: "2025-06-10", betalingsdato: "2025-06-10" }).renter, 0);
  assert.equal(beregnForsinkelsesrenter({ beloep: 10_000, forfallsdato: "2025-06-10", betalingsdato: "2025-06-01" }).renter, 0);
  assert.equal(beregnForsinkelsesrenter({ beloep: 0, forfallsdato: "2025-06-10", betalingsdato: "2025-07-31" }).renter, 0);
  assert.equal(beregnForsinkelsesrenter({ beloep: -500, forfallsdato: "2025-06-10", betalingsdato: "2025-07-31" }).renter, 0);
});

test("one day late costs one day: the day after the due date counts, the payment date counts", () => {
  const r = beregnForsinkelsesrenter({ beloep: 36_500, forfallsdato: "2025-03-10", betalingsdato: "2025-03-11" });
  assert.equal(r.perioder[0]?.dager, 1);
  assert.equal(r.renter, rundTilOere((36_500 * 0.125) / 365)); // 12.50
});

test("a leap year divides by 366, and a period crossing New Year is split there", () => {
  const leap = beregnForsinkelsesrenter({ beloep: 100_000, forfallsdato: "2024-01-31", betalingsdato: "2024-03-01" });
  assert.equal(leap.perioder[0]?.dager, 30);
  assert.equal(leap.renter, rundTilOere((100_000 * 0.125 * 30) / 366));

  const overNyttaar = beregnForsinkelsesrenter({ beloep: 100_000, forfallsdato: "2023-12-20", betalingsdato: "2024-01-10" });
  assert.deepEqual(
    overNyttaar.perioder.map((p) => [p.dager, p.satsProsent]),
    [
      [11, 11.75],
      [10, 12.5],
    ],
  );
  assert.equal(overNyttaar.renter, rundTilOere((100_000 * 0.1175 * 11) / 365) + rundTilOere((100_000 * 0.125 * 10) / 366));
});

test("a long period walks every half-year with its own rate", () => {
  const r = beregnForsinkelsesrenter({ beloep: 1_000, forfallsdato: "2019-12-31", betalingsdato: "2021-12-31" });
  assert.deepEqual(
    r.perioder.map((p) => p.satsProsent),
    [9.5, 8.0, 8.0, 8.0],
  );
  assert.equal(r.perioder.reduce((s, p) => s + p.dager, 0), 366 + 365);
});

test("a half-year with no known rate uses the last known one and says so", () => {
  const r = beregnForsinkelsesrenter({ beloep: 10_000, forfallsdato: "2026-06-20", betalingsdato: "2026-07-10" });
  assert.deepEqual(
    r.perioder.map((p) => [p.dager, p.satsProsent, p.antattSats]),
    [
      [10, 12.0, false],
      [10, 12.0, true],
    ],
  );
  assert.equal(r.antattSats, true);
  const last = FORSINKELSESRENTE_SATSER.at(-1);
  assert.equal(last?.prosent, null, "the test expects the newest half-year to be unknown; update it when the rate is set");
});

test("bad dates are refused rather than guessed", () => {
  assert.throws(() => beregnForsinkelsesrenter({ beloep: 1, forfallsdato: "2025-02-30", betalingsdato: "2025-03-01" }), RangeError);
  assert.throws(() => beregnForsinkelsesrenter({ beloep: 1, forfallsdato: "10.06.2025", betalingsdato: "2025-07-31" }), RangeError);
});

test("a claim's estimate adds interest after today to the interest so far, per unpaid due date", () => {
  const e = estimerRenter({
    stipulerteRenter: 1_574,
    iDag: "2025-06-10",
    betalingsdato: "2025-07-31",
    forfall: [
      { forfallsdato: "2025-03-15", gjenstaaendeBeloep: 10_000 }, // overdue: counts from tomorrow
      { forfallsdato: "2025-06-10", gjenstaaendeBeloep: 0 }, // paid: nothing
      { forfallsdato: "2025-07-30", gjenstaaendeBeloep: 36_500 }, // due later: counts from its own date
      { forfallsdato: "2025-09-15", gjenstaaendeBeloep: 5_000 }, // due after the payment date: nothing
    ],
  });
  const fromTomorrow = 172.53; // the worked example: same amount, same days
  const lateOneDay = rundTilOere((36_500 * 0.1225) / 365);
  assert.equal(e.beregnedeRenter, rundTilOere(fromTomorrow + lateOneDay));
  assert.equal(e.estimerteRenter, rundTilOere(1_574 + fromTomorrow + lateOneDay));
  assert.equal(e.restbeloep, 51_500);
  assert.equal(e.totaltAaBetale, rundTilOere(51_500 + e.estimerteRenter));
});

test("paying today adds nothing to the interest so far", () => {
  const e = estimerRenter({ stipulerteRenter: 250, iDag: "2025-06-10", betalingsdato: "2025-06-10", forfall: [{ forfallsdato: "2025-01-10", gjenstaaendeBeloep: 10_000 }] });
  assert.equal(e.beregnedeRenter, 0);
  assert.equal(e.estimerteRenter, 250);
  assert.equal(e.totaltAaBetale, 10_250);
});

test("rounding to øre is half away from zero", () => {
  assert.equal(rundTilOere(1.005), 1.01);
  assert.equal(rundTilOere(68.4931), 68.49);
  assert.equal(rundTilOere(-2.345), -2.35);
});
