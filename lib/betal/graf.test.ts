import assert from "node:assert/strict";
import { test } from "node:test";
import { lagForfall, lagKrav } from "@/lib/krav-visning/testfabrikk";
import { lagForfallsgraf, visesForfallsgraf } from "./graf";

const IDAG = "2025-11-20";
const krav = [
  lagKrav({ kravgruppe: "Merverdiavgift", forfall: [lagForfall({ forfallsdato: "2025-10-10", gjenstaaendeBeloep: 0.1 }), lagForfall({ forfallsdato: "2025-11-20", gjenstaaendeBeloep: 0.2 })] }),
  lagKrav({ kravgruppe: "Arbeidsgiveravgift", forfall: [lagForfall({ forfallsdato: "2025-11-25", gjenstaaendeBeloep: 1000 }), lagForfall({ forfallsdato: "2026-10-31", gjenstaaendeBeloep: 7 })] }),
  lagKrav({ kravgruppe: "Skatt", forfall: [lagForfall({ forfallsdato: "2026-11-01", gjenstaaendeBeloep: 99 }), lagForfall({ forfallsdato: "2026-01-15", gjenstaaendeBeloep: 0 })] }),
  lagKrav({ kravgruppe: "Tilgode", forfall: [lagForfall({ forfallsdato: "2025-12-01", gjenstaaendeBeloep: -50 })] }),
];

test("12 months from this month, overdue apart, per kravgruppe; today's due date is not overdue; beyond 12 months, paid and credits left out", () => {
  const g = lagForfallsgraf({ krav }, IDAG);
  assert.deepEqual(g.maaneder.map((m) => m.noekkel), ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]);
  assert.deepEqual(g.forfalt, { noekkel: "forfalt", perGruppe: { Merverdiavgift: 0.1 }, sum: 0.1 });
  assert.deepEqual(g.maaneder[0]!.perGruppe, { Merverdiavgift: 0.2, Arbeidsgiveravgift: 1000 });
  assert.equal(g.maaneder[0]!.sum, 1000.2);
  assert.deepEqual(g.maaneder[11]!.perGruppe, { Arbeidsgiveravgift: 7 });
  assert.equal(g.maaneder[1]!.sum, 0);
  assert.deepEqual(g.grupper, ["Arbeidsgiveravgift", "Merverdiavgift"]);
  assert.equal(g.sumKommende, 1007.2);
  assert.equal(g.maks, 1000.2);
});

test("the chart is shown only when at least two months have anything due; the overdue bar is no month", () => {
  assert.equal(visesForfallsgraf(lagForfallsgraf({ krav }, IDAG)), true);
  const enMaaned = [lagKrav({ forfall: [lagForfall({ forfallsdato: "2025-10-10", gjenstaaendeBeloep: 500 }), lagForfall({ forfallsdato: "2025-12-15", gjenstaaendeBeloep: 100 })] })];
  assert.equal(visesForfallsgraf(lagForfallsgraf({ krav: enMaaned }, IDAG)), false);
  const toForfalteSammeMaaned = [lagKrav({ forfall: [lagForfall({ forfallsdato: "2025-12-01", gjenstaaendeBeloep: 1 }), lagForfall({ forfallsdato: "2025-12-31", gjenstaaendeBeloep: 2 })] })];
  assert.equal(visesForfallsgraf(lagForfallsgraf({ krav: toForfalteSammeMaaned }, IDAG)), false);
  assert.equal(visesForfallsgraf(lagForfallsgraf({ krav: [] }, IDAG)), false);
});

test("month names: long for the table, short with the year only in January for the chart", async () => {
  const { maanedsnavn } = await import("./graf");
  assert.equal(maanedsnavn("2026-01", "nb"), "januar 2026");
  assert.equal(maanedsnavn("2026-01", "nb", true), "jan 26");
  assert.equal(maanedsnavn("2025-11", "nb", true), "nov");
  assert.equal(maanedsnavn("forfalt", "nb"), "Forfalt");
});

test("month names in nynorsk and English", async () => {
  const { maanedsnavn } = await import("./graf");
  assert.equal(maanedsnavn("2026-03", "nn"), "mars 2026");
  assert.equal(maanedsnavn("forfalt", "nn"), "Forfalle");
  assert.equal(maanedsnavn("2026-03", "en"), "March 2026");
  assert.equal(maanedsnavn("2026-01", "en", true), "Jan 26");
  assert.equal(maanedsnavn("2025-11", "en", true), "Nov");
  assert.equal(maanedsnavn("forfalt", "en"), "Overdue");
});
