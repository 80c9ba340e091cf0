import { test } from "node:test";
import assert from "node:assert/strict";
import type { AapneKrav } from "@/lib/kravogbetalinger/model";
import { lagForfall, lagKrav } from "@/lib/krav-visning/testfabrikk";
import { lagKoe } from "./koe";
import { lagKlientSammendrag, type KlientSammendrag } from "./sammendrag";
import {
  filtrerKlienter,
  klientTilstandTilParametre,
  lesKlientTilstand,
  nesteKlientSortering,
  sorterKlienter,
  summerKlienter,
  visKlienter,
  type KlientGrunnlag,
  type KlientTilstand,
} from "./tabell";

const I_DAG = "2026-11-26";

function aapne(over: Partial<AapneKrav> = {}): AapneKrav {
  return {
    partIdentifikator: "311851381",
    skjermet: false,
    harSummer: true,
    forkastet: 0,
    krav: [],
    uplasserteInnbetalinger: [],
    totalOversikt: { sumStipulerteRenter: 0, sumForfalteKrav: 0, sumIkkeForfalteKrav: 0, saldo: 0, sumUplasserteInnbetalinger: 0 },
    oversiktPerKravgruppe: [],
    ...over,
  };
}

function sammendrag(over: Partial<KlientSammendrag> = {}): KlientSammendrag {
  return {
    orgnr: "311851381",
    skjermet: false,
    forfalte: { sum: 0, antall: 0 },
    fremtidige: { sum: 0, antall: 0 },
    renter: 0,
    saldo: 0,
    nesteForfall: null,
    uplasserte: 0,
    ...over,
  };
}

const klient = (navn: string, orgnr: string, s: Partial<KlientSammendrag> | null): KlientGrunnlag => ({ navn, orgnr, sammendrag: s ? sammendrag({ orgnr, ...s }) : null });
const STANDARD: KlientTilstand = lesKlientTilstand(new URLSearchParams());

test("sammendrag: API sums, claim counts, and the next due date with everything due that day", () => {
  const s = lagKlientSammendrag(
    aapne({
      krav: [
        lagKrav({ forfall: [lagForfall({ forfallsdato: "2026-10-01", gjenstaaendeBeloep: 500 }), lagForfall({ forfallsdato: "2026-12-15", gjenstaaendeBeloep: 700 })] }),
        lagKrav({ forfall: [lagForfall({ forfallsdato: "2026-12-15", gjenstaaendeBeloep: 300.1 })] }),
        lagKrav({ forfall: [lagForfall({ forfallsdato: "2026-11-26", gjenstaaendeBeloep: 0 }), lagForfall({ forfallsdato: "2027-01-10", gjenstaaendeBeloep: 50 })] }),
      ],
      totalOversikt: { sumStipulerteRenter: 12.5, sumForfalteKrav: 500, sumIkkeForfalteKrav: 1050.1, saldo: 1400.1, sumUplasserteInnbetalinger: 150 },
    }),
    I_DAG,
  );
  assert.deepEqual(s.forfalte, { sum: 500, antall: 1 });
  assert.deepEqual(s.fremtidige, { sum: 1050.1, antall: 3 });
  assert.equal(s.renter, 12.5);
  assert.equal(s.saldo, 1400.1);
  assert.equal(s.uplasserte, 150);
  assert.deepEqual(s.nesteForfall, { dato: "2026-12-15", beloep: 1000.1 });
});

test("sammendrag: a due date today is not overdue and is the next one; nothing open gives no next due date", () => {
  const idag = lagKlientSammendrag(aapne({ krav: [lagKrav({ forfall: [lagForfall({ forfallsdato: I_DAG, gjenstaaendeBeloep: 10 })] })] }), I_DAG);
  assert.deepEqual(idag.nesteForfall, { dato: I_DAG, beloep: 10 });
  assert.equal(idag.forfalte.antall, 0);
  assert.equal(lagKlientSammendrag(aapne(), I_DAG).nesteForfall, null);
});

test("URL state: defaults (largest overdue first) are left out, and bad values fall back", () => {
  assert.deepEqual(STANDARD, { sortering: { kolonne: "forfalte", retning: "synkende" }, bareForfalte: false, innen14: false, sok: "" });
  assert.equal(klientTilstandTilParametre(STANDARD).toString(), "");
  const t = lesKlientTilstand(new URLSearchParams("sorter=navn&retning=synkende&bareForfalte=1&innen14=1&sok=%20bygg%20"));
  assert.equal(klientTilstandTilParametre(t).toString(), "sorter=navn&retning=synkende&bareForfalte=1&innen14=1&sok=bygg");
  assert.deepEqual(lesKlientTilstand(new URLSearchParams("sorter=<script>&retning=tull")).sortering, { kolonne: "forfalte", retning: "synkende" });
});

test("sorting: a new amount column starts largest first, the same column flips; unknown figures last", () => {
  assert.deepEqual(nesteKlientSortering(STANDARD.sortering, "saldo"), { kolonne: "saldo", retning: "synkende" });
  assert.deepEqual(nesteKlientSortering(STANDARD.sortering, "navn"), { kolonne: "navn", retning: "stigende" });
  assert.deepEqual(nesteKlientSortering(STANDARD.sortering, "forfalte"), { kolonne: "forfalte", retning: "stigende" });
  const rader = [klient("Bravo AS", "311851381", { forfalte: { sum: 10, antall: 1 } }), klient("Alfa AS", "313367002", null), klient("Charlie AS", "314961900", { forfalte: { sum: 99, antall: 2 } })];
  assert.deepEqual(sorterKlienter(rader, { kolonne: "forfalte", retning: "synkende" }).map((r) => r.navn), ["Charlie AS", "Bravo AS", "Alfa AS"]);
  assert.deepEqual(sorterKlienter(rader, { kolonne: "forfalte", retning: "stigende" }).map((r) => r.navn), ["Bravo AS", "Charlie AS", "Alfa AS"]);
  assert.deepEqual(sorterKlienter(rader, { kolonne: "navn", retning: "synkende" }).map((r) => r.navn), ["Charlie AS", "Bravo AS", "Alfa AS"]);
});

test("filters: overdue only and due within 14 days keep unknown rows; free text on name or number (spaces allowed)", () => {
  const rader = [
    klient("Aurora Bygg AS", "311851381", { forfalte: { sum: 10, antall: 1 }, nesteForfall: { dato: "2027-01-01", beloep: 5 } }),
    klient("Bølge Fisk AS", "313367002", { nesteForfall: { dato: "2026-12-10", beloep: 5 } }),
    klient("Treig Logistikk AS", "315900050", null),
    klient("Tallrik AS", "315900342", null),
  ];
  const navn = (t: Partial<KlientTilstand>) => filtrerKlienter(rader, { ...STANDARD, ...t }, I_DAG).map((r) => r.navn);
  assert.deepEqual(navn({ bareForfalte: true }), ["Aurora Bygg AS", "Treig Logistikk AS", "Tallrik AS"]);
  assert.deepEqual(navn({ innen14: true }), ["Bølge Fisk AS", "Treig Logistikk AS", "Tallrik AS"]);
  assert.deepEqual(navn({ bareForfalte: true, innen14: true }), ["Treig Logistikk AS", "Tallrik AS"]);
  // A number with spaces is one number: "315 900 034" is not "315", "900" and "034" anywhere.
  assert.deepEqual(navn({ sok: "315 900 050" }), ["Treig Logistikk AS"]);
  assert.deepEqual(navn({ sok: "31590" }), ["Treig Logistikk AS", "Tallrik AS"]);
  assert.deepEqual(navn({ sok: "bølge" }), ["Bølge Fisk AS"]);
  assert.deepEqual(navn({ sok: "313 367" }), ["Bølge Fisk AS"]);
  assert.deepEqual(navn({ sok: "finnes ikke" }), []);
});

test("totals: over the rows given, only those with figures, in øre", () => {
  const t = summerKlienter([
    klient("A", "311851381", { forfalte: { sum: 0.1, antall: 1 }, saldo: 0.2, renter: 1, uplasserte: 3 }),
    klient("B", "313367002", { forfalte: { sum: 0.2, antall: 2 }, fremtidige: { sum: 5, antall: 1 }, saldo: 0.1 }),
    klient("C", "315900050", null),
  ]);
  assert.deepEqual(t.forfalte, { sum: 0.3, antall: 3 });
  assert.equal(t.saldo, 0.3);
  assert.equal(t.medTall, 2);
  assert.equal(t.antallKlienter, 3);
  assert.equal(t.klienterMedForfalte, 2);
  assert.equal(visKlienter([], STANDARD, I_DAG).length, 0);
});

test("queue: never more than the limit at once, in order, and a failure frees its place", async () => {
  const koe = lagKoe(3);
  let samtidig = 0;
  let maks = 0;
  const startet: number[] = [];
  const jobber = Array.from({ length: 10 }, (_, i) =>
    koe.kjoer(async () => {
      startet.push(i);
      samtidig++;
      maks = Math.max(maks, samtidig);
      await new Promise((r) => setTimeout(r, 5 + (i % 3)));
      samtidig--;
      if (i === 1) throw new Error("feil");
      return i;
    }),
  );
  const svar = await Promise.allSettled(jobber);
  assert.equal(maks, 3);
  assert.deepEqual(startet, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.equal(svar.filter((s) => s.status === "rejected").length, 1);
  assert.equal(koe.aktive + koe.ventende, 0);
  assert.throws(() => lagKoe(0), RangeError);
});
