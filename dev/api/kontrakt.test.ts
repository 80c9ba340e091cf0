import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { iDag } from "../../lib/dato";
import { feltstier, kontraktfiler } from "../../lib/kravogbetalinger/kontrakt";
import { ledgerFor } from "../testdata/krav";
import { dag } from "../testdata/krav/dager";
import { findTestParty, SEED_ORGNR, TEST_PARTIES, type TestParty } from "../testdata/parties";
import { aapnekrav, innbetalingerIPeriode, kravIPeriode } from "./visning";

/**
 * The API stand-in against Skatteetaten's published example responses (shared/contract): it may
 * only emit field paths (array indices collapsed, with the value's JSON type) that some published
 * example has, and it must use the published signs. A claim is the same object under aapnekrav
 * and krav, a payment under aapnekrav and innbetalinger (docs/krav-og-betalinger-api.md), so
 * paths are compared from the list item down. utbetalinger has no published example and is not
 * compared.
 */

const filer = kontraktfiler();

/** `aapentKravMedGjenstaaendeBeloep[].x` and `krav[].x` are both `<Krav>.x`; payments `<Innbetaling>.x`. */
function normalisert(stier: Set<string>): Set<string> {
  return new Set(
    [...stier].map((s) =>
      s
        .replace(/^(aapentKravMedGjenstaaendeBeloep|krav)\[\]/, "<Krav>")
        .replace(/^(innbetalingMedUplassertBeloep|innbetaling)\[\]/, "<Innbetaling>")
        .replace(/^(aapentKravMedGjenstaaendeBeloep|krav|innbetalingMedUplassertBeloep|innbetaling):array$/, "<liste>:array"),
    ),
  );
}

/** Documented in docs/krav-og-betalinger-api.md, in no published example. */
const DOKUMENTERT_UTEN_EKSEMPEL = new Set([
  "<Krav>.kravforfall[].utsattIverksettelse:boolean", // Kravforfall: "utsattIverksettelse (boolean: collection postponed)"
]);

const publisert = new Set([...filer.flatMap((f) => [...normalisert(feltstier(f.innhold))]), ...DOKUMENTERT_UTEN_EKSEMPEL]);

function standinSvar(party: TestParty): unknown[] {
  const ledger = ledgerFor(party, dag(iDag()));
  const iAar = Number(iDag().slice(0, 4));
  const svar: unknown[] = [aapnekrav(ledger)];
  for (let aar = iAar - 4; aar <= iAar + 1; aar++) {
    const p = { fra: dag(`${aar}-01-01`), til: dag(`${aar}-12-31`) };
    for (const r of [kravIPeriode(ledger, p), innbetalingerIPeriode(ledger, p)]) if (r.antall > 0) svar.push(r.body);
  }
  return svar;
}

const parter = [SEED_ORGNR, "311851381", "314961900", "310478717", ...TEST_PARTIES.filter((p) => p.scenario === "vanlig").slice(5, 9).map((p) => p.orgnr)].map(
  (orgnr) => findTestParty(orgnr)!,
);

test("the copies the stand-in serves for party 871978433 are the published files, unchanged", () => {
  const dir = path.join(import.meta.dirname, "kontrakt");
  const kopier = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  assert.deepEqual(kopier, filer.map((f) => f.navn));
  for (const f of filer) assert.deepEqual(JSON.parse(readFileSync(path.join(dir, f.navn), "utf8")), f.innhold, f.navn);
});

test("the path comparison notices a field the examples do not have (the product's old reading of the KID)", () => {
  const aapne = filer.find((f) => f.navn.startsWith("aapnekrav-8"))!.innhold as { aapentKravMedGjenstaaendeBeloep: { kravforfall: { betalingsinformasjon: object }[] }[] };
  const feil = structuredClone(aapne);
  feil.aapentKravMedGjenstaaendeBeloep[0]!.kravforfall[0]!.betalingsinformasjon = { kid: "18719784330100322000006" };
  const ekstra = [...normalisert(feltstier(feil))].filter((s) => !publisert.has(s));
  assert.deepEqual(ekstra, ["<Krav>.kravforfall[].betalingsinformasjon.kid:string"]);
});

test(`the stand-in emits no field path that no published example has (${parter.length} parties, aapnekrav, krav and innbetalinger over six years)`, () => {
  const ekstra = new Map<string, string>();
  for (const party of parter) {
    for (const body of standinSvar(party)) for (const s of normalisert(feltstier(body))) if (!publisert.has(s)) ekstra.set(s, party.orgnr);
  }
  assert.deepEqual([...ekstra.keys()].sort(), []);
});

test("the stand-in uses the published names and signs: kidnummer, plassertKrav, negative innbetaltBeloep, placements negative under krav and positive under innbetalinger", () => {
  const stier = new Set<string>();
  const tegn = { innbetalt: new Set<number>(), underKrav: new Set<number>(), underInnbetaling: new Set<number>() };
  for (const party of parter) {
    for (const body of standinSvar(party)) {
      for (const s of normalisert(feltstier(body))) stier.add(s);
      const b = body as { krav?: unknown[]; aapentKravMedGjenstaaendeBeloep?: unknown[]; innbetaling?: unknown[] };
      for (const k of [...(b.krav ?? []), ...(b.aapentKravMedGjenstaaendeBeloep ?? [])] as { kravforfall: { plassertInnbetaling?: { plassertBeloep: number; innbetaltBeloep: number }[] }[] }[]) {
        for (const f of k.kravforfall) {
          for (const p of f.plassertInnbetaling ?? []) {
            tegn.underKrav.add(Math.sign(p.plassertBeloep));
            tegn.innbetalt.add(Math.sign(p.innbetaltBeloep));
          }
        }
      }
      for (const i of (b.innbetaling ?? []) as { innbetaltBeloep: number; plassertKrav: { plassertBeloep: number }[] }[]) {
        tegn.innbetalt.add(Math.sign(i.innbetaltBeloep));
        for (const p of i.plassertKrav) tegn.underInnbetaling.add(Math.sign(p.plassertBeloep));
      }
    }
  }
  for (const s of [
    "<Krav>.kravforfall[].betalingsinformasjon.kidnummer:string",
    "<Krav>.kravforfall[].plassertInnbetaling[].innbetaltFra.kidnummer:string",
    "<Krav>.kravforfall[].utsattIverksettelse:boolean",
    "<Innbetaling>.plassertKrav[].kravforfallIdentifikator:string",
    "<Innbetaling>.plassertKrav[].kravforfallsdato:string",
    "<Innbetaling>.plassertKrav[].opprinneligKravforfallsbeloep:number",
    "<Innbetaling>.plassertKrav[].gjenstaaendeKravforfallsbeloep:number",
    "<Innbetaling>.innbetaltFra.kidnummer:string",
  ]) {
    assert.ok(stier.has(s), s);
  }
  assert.deepEqual([...tegn.innbetalt], [-1], "innbetaltBeloep is negative");
  assert.deepEqual([...tegn.underKrav], [-1], "plassertBeloep under krav is negative");
  assert.deepEqual([...tegn.underInnbetaling], [1], "plassertBeloep under innbetalinger is positive");
});

test("the screened party (Bjørkely, 310478717) gets the fully screened form the contract shows: only the parameters and skjermet: true", () => {
  const party = findTestParty("310478717")!;
  const ledger = ledgerFor(party, dag(iDag()));
  const aapneSkjermet = filer.find((f) => f.navn === "aapnekrav-skjermet.json")!.innhold as object;
  const kravSkjermet = filer.find((f) => f.navn === "krav-skjermet.json")!.innhold as object;
  assert.deepEqual(normalisert(feltstier(aapnekrav(ledger))), normalisert(feltstier(aapneSkjermet)));
  const aar = Number(iDag().slice(0, 4)) - 1;
  const krav = kravIPeriode(ledger, { fra: dag(`${aar}-01-01`), til: dag(`${aar}-12-31`) });
  assert.ok(krav.antall > 0, "the party has claims, which the answer does not show");
  assert.deepEqual(normalisert(feltstier(krav.body)), normalisert(feltstier(kravSkjermet)));
  assert.deepEqual(krav.body, { partIdentifikator: "310478717", periode: { fraOgMed: `${aar}-01-01`, tilOgMed: `${aar}-12-31` }, skjermet: true });
});
