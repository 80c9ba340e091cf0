import { test } from "node:test";
import assert from "node:assert/strict";
import { dag } from "../testdata/krav/dager";
import { forsinkelsesrente, renteMedDelbetalinger, rundOere } from "./renter";

test("the worked example in product.md: 10 000 due 10.06.2025 paid 31.07.2025 is 172.53", () => {
  assert.equal(forsinkelsesrente(10_000, "2025-06-10", "2025-07-31"), 172.53);
});

test("paid on or before the due date costs nothing", () => {
  assert.equal(forsinkelsesrente(10_000, "2025-06-10", "2025-06-10"), 0);
  assert.equal(forsinkelsesrente(10_000, "2025-06-10", "2025-06-01"), 0);
});

test("a leap year counts days as 1/366", () => {
  // 2024 H1 12.5 %: 10 days on 36 600 = 36600 * 0.125 * 10 / 366 = 125.00
  assert.equal(forsinkelsesrente(36_600, "2024-03-01", "2024-03-11"), 125);
});

test("a span over several half-years uses each half-year's rate", () => {
  // 1 000 from 2022-06-30 to 2023-01-01: 184 days at 9.25 % (2022 H2) + 1 day at 10.75 % (2023 H1)
  const expected = (1000 * 0.0925 * 184) / 365 + (1000 * 0.1075 * 1) / 365;
  assert.equal(forsinkelsesrente(1000, "2022-06-30", "2023-01-01"), Math.round(expected * 100) / 100);
});

test("a partial payment stops interest on the paid part after its day", () => {
  // 10 000 due 2025-06-10; 4 000 paid 2025-06-30; counted to 2025-07-31
  const got = rundOere(renteMedDelbetalinger(10_000, dag("2025-06-10"), [{ dag: dag("2025-06-30"), beloep: 4000 }], dag("2025-07-31")));
  const expected = (10_000 * 0.125 * 20) / 365 + (6_000 * 0.1225 * 31) / 365;
  assert.equal(got, Math.round(expected * 100) / 100);
});
