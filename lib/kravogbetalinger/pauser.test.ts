import { test } from "node:test";
import assert from "node:assert/strict";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { kravResponseSchema } from "./schema";
import { safeParseMedPauser } from "./pauser";

/** A claim as the API sends it (the published shape), with its own id. */
function lagKravDto(i: number) {
  return {
    kravidentifikator: `krav-${i}`,
    kravtype: "MVA",
    kravgruppe: "Merverdiavgift",
    kravbeskrivelse: { spraakTekst: [{ tekst: "Mva-melding", spraak: "nb" }] },
    opprettelsesdatoForKrav: "2024-02-10",
    opprinneligBeloep: 1000 + i,
    gjenstaaendeBeloep: i % 3 ? 0 : 500,
    kravforfall: [{ kravforfallsIdentifikator: `f-${i}`, forfallsdato: "2024-04-10", opprinneligBeloep: 1000 + i, gjenstaaendeBeloep: 0 }],
  };
}

test("the check in bites gives exactly zod's result, for a big valid answer and for one with a bad claim deep inside (dropped and counted)", async () => {
  const svar = { partIdentifikator: "313367002", periode: { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" }, ekstra: "ignoreres", krav: Array.from({ length: 1200 }, (_, i) => lagKravDto(i)) };
  assert.deepEqual(await safeParseMedPauser(kravResponseSchema, svar), kravResponseSchema.safeParse(svar));
  const feil = structuredClone(svar);
  (feil.krav as unknown[])[1100] = "ikke et krav";
  const ventet = kravResponseSchema.safeParse(feil);
  const faktisk = await safeParseMedPauser(kravResponseSchema, feil);
  assert.deepEqual(faktisk, ventet);
  assert.equal(faktisk.data?.krav.length, 1199, "the bad claim is left out, the rest kept");
  assert.equal(faktisk.data?.forkastet.antall, 1);
  for (const liten of [{ partIdentifikator: "1", krav: null }, { partIdentifikator: "1" }, null, []]) {
    assert.deepEqual(await safeParseMedPauser(kravResponseSchema, liten), kravResponseSchema.safeParse(liten));
  }
});

test("checking 20 000 claims lets timers run in between (the event loop is never held for long)", async () => {
  const svar = { partIdentifikator: "313367002", krav: Array.from({ length: 20_000 }, (_, i) => lagKravDto(i)) };
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  const r = await safeParseMedPauser(kravResponseSchema, svar);
  clearInterval(timer);
  h.disable();
  assert.equal(r.success, true);
  // One synchronous parse would give no tick at all while it runs; in bites the timer runs many times.
  assert.ok(ticks > 10, `ticks ${ticks}`);
});
