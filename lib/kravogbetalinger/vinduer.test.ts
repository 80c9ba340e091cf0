import { test } from "node:test";
import assert from "node:assert/strict";
import type { Innbetaling, Krav, Kravforfall, Utbetaling } from "./model";
import { delIAarsvinduer, MAKS_AAR, slaaSammenInnbetalinger, slaaSammenKrav, slaaSammenUtbetalinger, UgyldigPeriodeError } from "./vinduer";

test("2019-01-01..2024-12-31 becomes six calendar-year windows that touch without gaps", () => {
  assert.deepEqual(delIAarsvinduer({ fraOgMed: "2019-01-01", tilOgMed: "2024-12-31" }), [
    { fraOgMed: "2019-01-01", tilOgMed: "2019-12-31" },
    { fraOgMed: "2020-01-01", tilOgMed: "2020-12-31" },
    { fraOgMed: "2021-01-01", tilOgMed: "2021-12-31" },
    { fraOgMed: "2022-01-01", tilOgMed: "2022-12-31" },
    { fraOgMed: "2023-01-01", tilOgMed: "2023-12-31" },
    { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" },
  ]);
});

test("a period of at most one year stays one window; a day more makes two", () => {
  assert.deepEqual(delIAarsvinduer({ fraOgMed: "2023-07-01", tilOgMed: "2024-06-30" }), [{ fraOgMed: "2023-07-01", tilOgMed: "2024-06-30" }]);
  assert.deepEqual(delIAarsvinduer({ fraOgMed: "2024-03-15", tilOgMed: "2024-03-15" }), [{ fraOgMed: "2024-03-15", tilOgMed: "2024-03-15" }]);
  assert.deepEqual(delIAarsvinduer({ fraOgMed: "2023-07-01", tilOgMed: "2024-07-01" }), [
    { fraOgMed: "2023-07-01", tilOgMed: "2024-06-30" },
    { fraOgMed: "2024-07-01", tilOgMed: "2024-07-01" },
  ]);
});

test("windows across a leap day stay within one year each", () => {
  assert.deepEqual(delIAarsvinduer({ fraOgMed: "2020-02-29", tilOgMed: "2022-03-01" }), [
    { fraOgMed: "2020-02-29", tilOgMed: "2021-02-27" },
    { fraOgMed: "2021-02-28", tilOgMed: "2022-02-27" },
    { fraOgMed: "2022-02-28", tilOgMed: "2022-03-01" },
  ]);
});

test("bad periods are refused with a Norwegian message", () => {
  assert.throws(() => delIAarsvinduer({ fraOgMed: "2024-13-01", tilOgMed: "2024-12-31" }), UgyldigPeriodeError);
  assert.throws(() => delIAarsvinduer({ fraOgMed: "2024-02-30", tilOgMed: "2024-12-31" }), /fra-og-med-dato/);
  assert.throws(() => delIAarsvinduer({ fraOgMed: "2024-01-01", tilOgMed: "31.12.2024" }), /til-og-med-dato/);
  assert.throws(() => delIAarsvinduer({ fraOgMed: "2024-02-01", tilOgMed: "2024-01-01" }), /er etter/);
  assert.throws(() => delIAarsvinduer({ fraOgMed: "2000-01-01", tilOgMed: `${2000 + MAKS_AAR}-01-01` }), /høyst/);
  assert.equal(delIAarsvinduer({ fraOgMed: "2000-01-01", tilOgMed: `${2000 + MAKS_AAR - 1}-12-31` }).length, MAKS_AAR);
});

const forfall = (id: string, dato: string): Kravforfall => ({
  kravforfallsIdentifikator: id,
  forfallsdato: dato,
  opprinneligBeloep: 100,
  gjenstaaendeBeloep: 0,
  betalingsinformasjon: null,
  utsattIverksettelse: false,
  innbetalinger: [],
  motkrav: [],
  utbetalinger: [],
});

const krav = (id: string, ...forfallsdatoer: string[]): Krav => ({
  kravidentifikator: id,
  kravtype: "T",
  kravgruppe: "Skatt",
  beskrivelse: id,
  periode: null,
  aar: null,
  periodeFra: null,
  periodeTil: null,
  hovedstolKravidentifikator: null,
  opprettelsesdato: null,
  opprinneligBeloep: 100 * forfallsdatoer.length,
  gjenstaaendeBeloep: 0,
  stipulerteRenter: 0,
  fastsettingsmaate: null,
  forfall: forfallsdatoer.map((d) => forfall(`${id}-${d}`, d)),
});

test("claims from several windows merge in date order; one seen twice keeps all its due dates once", () => {
  const merged = slaaSammenKrav([
    [krav("B", "2019-11-15"), krav("A", "2019-12-15")],
    [krav("A", "2019-12-15", "2020-02-15"), krav("C", "2020-01-10")],
  ]);
  assert.deepEqual(
    merged.map((k) => k.kravidentifikator),
    ["B", "A", "C"],
  );
  assert.deepEqual(
    merged[1]!.forfall.map((f) => f.forfallsdato),
    ["2019-12-15", "2020-02-15"],
  );
});

test("payments and payouts merge in date order without duplicates", () => {
  const inn = (id: string, dato: string) => ({ innbetalingsidentifikator: id, innbetalingsdato: dato }) as Innbetaling;
  const ut = (id: string, dato: string) => ({ utbetalingsidentifikator: id, utbetaltdato: dato }) as Utbetaling;
  assert.deepEqual(
    slaaSammenInnbetalinger([[inn("2", "2020-03-01"), inn("1", "2019-05-01")], [inn("2", "2020-03-01"), inn("3", "2020-01-01")]]).map((i) => i.innbetalingsidentifikator),
    ["1", "3", "2"],
  );
  assert.deepEqual(
    slaaSammenUtbetalinger([[ut("x", "2021-01-01")], [], [ut("y", "2020-01-01"), ut("x", "2021-01-01")]]).map((u) => u.utbetalingsidentifikator),
    ["y", "x"],
  );
});
