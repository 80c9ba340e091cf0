import { test } from "node:test";
import assert from "node:assert/strict";
import type { AapneKrav } from "@/lib/kravogbetalinger/model";
import { lesTilstand } from "./tilstand";
import { lagOppsummering, lagUbetalteSide, paginer, SIDESTOERRELSE } from "./visninger";
import { lagForfall, lagKrav } from "./testfabrikk";

const I_DAG = "2026-11-26";

function aapne(krav: AapneKrav["krav"], over: Partial<AapneKrav> = {}): AapneKrav {
  return {
    partIdentifikator: "313367002",
    skjermet: false,
    harSummer: true,
    forkastet: 0,
    krav,
    uplasserteInnbetalinger: [],
    totalOversikt: { sumForfalteKrav: 111, sumIkkeForfalteKrav: 222, sumStipulerteRenter: 33, saldo: 366, sumUplasserteInnbetalinger: 0 },
    oversiktPerKravgruppe: [],
    ...over,
  };
}

test("paging: pages of 25, a page past the end shows the last page, an empty list has one empty page", () => {
  const tall = Array.from({ length: 60 }, (_, i) => i);
  assert.equal(SIDESTOERRELSE, 25);
  assert.deepEqual(paginer(tall, 1).rader.length, 25);
  const siste = paginer(tall, 3);
  assert.deepEqual([siste.side, siste.antallSider, siste.treff, siste.rader[0], siste.rader.length], [3, 3, 60, 50, 10]);
  assert.equal(paginer(tall, 99).side, 3);
  assert.deepEqual(paginer([], 2), { rader: [], treff: 0, side: 1, antallSider: 1 });
});

test("the open-claims page is filtered, sorted and paged on the server, and carries no search text", () => {
  const krav = Array.from({ length: 30 }, (_, i) =>
    lagKrav({ beskrivelse: i % 2 ? "Merverdiavgift" : "Restskatt", forfall: [lagForfall({ forfallsdato: `2026-${String((i % 12) + 1).padStart(2, "0")}-10`, gjenstaaendeBeloep: 100 + i })] }),
  );
  const side = lagUbetalteSide(aapne(krav), lesTilstand(new URLSearchParams("sok=merverdi&sorter=gjenstaaendeBeloep&retning=synkende"), I_DAG), I_DAG);
  assert.equal(side.antallTotalt, 30);
  assert.equal(side.treff, 15);
  assert.equal(side.rader.length, 15);
  assert.ok(side.rader.every((r) => r.krav.beskrivelse === "Merverdiavgift"));
  assert.deepEqual(
    side.rader.slice(0, 3).map((r) => r.krav.gjenstaaendeBeloep),
    [129, 127, 125],
  );
  assert.ok(side.rader.every((r) => !("soekegrunnlag" in r)));
  assert.deepEqual(side.sortering, { kolonne: "gjenstaaendeBeloep", retning: "synkende" });
  // A column this table does not have falls back to the default sort.
  const standard = lagUbetalteSide(aapne(krav), lesTilstand(new URLSearchParams("sorter=innbetaltBeloep"), I_DAG), I_DAG);
  assert.deepEqual(standard.sortering, { kolonne: "forfallsdato", retning: "stigende" });
});

test("the cards take sums from the API's totals and counts from the claims; unplaced payments only when money is left", () => {
  const krav = [
    lagKrav({ forfall: [lagForfall({ forfallsdato: "2026-01-10", gjenstaaendeBeloep: 50 }), lagForfall({ forfallsdato: "2027-01-10", gjenstaaendeBeloep: 50 })] }),
    lagKrav({ forfall: [lagForfall({ forfallsdato: "2027-03-10", gjenstaaendeBeloep: 10 })] }),
  ];
  const h = lagOppsummering(aapne(krav, { skjermet: true }), I_DAG);
  assert.deepEqual(h.forfalte, { antall: 1, sum: 111 });
  assert.deepEqual(h.fremtidige, { antall: 2, sum: 222 });
  assert.equal(h.sumRenter, 33);
  assert.equal(h.saldo, 366);
  assert.equal(h.skjermet, true);
  assert.equal(h.antallUbetalte, 2);
  assert.deepEqual(h.uplassert.innbetalinger, []);
});
