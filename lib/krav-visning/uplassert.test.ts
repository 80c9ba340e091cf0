import assert from "node:assert/strict";
import { test } from "node:test";
import { iDag } from "../dato";
import { standInData } from "../kontoutskrift/standin-fixtures";
import { lagForfall, lagKrav } from "../kontoutskrift/fixtures";
import { lagOppsummering } from "./visninger";
import { uplassertGrunn } from "./uplassert";

test("an unplaced payment's reason: no KID, a KID of a claim not due yet, a KID of no open claim", () => {
  const kid = (k: string) => ({ kontonummer: null, kid: k, iban: null, swiftBIC: null, bankinformasjon: null });
  const krav = [
    lagKrav({ beskrivelse: "Mva", forfall: [lagForfall({ forfallsdato: "2026-12-10", opprinneligBeloep: 100, betalingsinformasjon: kid("111") })] }),
    lagKrav({ beskrivelse: "Restskatt", forfall: [lagForfall({ forfallsdato: "2026-11-03", opprinneligBeloep: 100, betalingsinformasjon: kid("222") })] }),
  ];
  const idag = "2026-12-08";
  assert.equal(uplassertGrunn({ kid: null }, krav, idag), "utenKid");
  assert.equal(uplassertGrunn({ kid: "111" }, krav, idag), "kidIkkeForfalt");
  assert.equal(uplassertGrunn({ kid: "999" }, krav, idag), "ukjentKid");
  assert.equal(uplassertGrunn({ kid: "222" }, krav, idag), "annet");
});

test("Havbris: every unplaced payment gets a reason, one of them the unknown KID", () => {
  const idag = iDag();
  const aapne = standInData("314961900", { fraOgMed: "2025-01-01", tilOgMed: "2025-12-31" }).aapne;
  const { uplassert, forfalte } = lagOppsummering(aapne, idag);
  assert.equal(uplassert.grunner.length, uplassert.innbetalinger.length);
  assert.ok(uplassert.innbetalinger.length >= 3);
  assert.ok(uplassert.grunner.includes("utenKid"), uplassert.grunner.join());
  assert.ok(uplassert.grunner.includes("ukjentKid"), uplassert.grunner.join());
  assert.ok(forfalte.sum > 0, "while claims are overdue: the next step names them");
});
