import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startStandIns } from "../../dev/index";
import { DELETED_PARTY, FAILING_PARTIES, SEED_ORGNR, STOR_ORGNR, TEST_PARTIES, type TestParty } from "../../dev/testdata/parties";
import { KRAVTYPER } from "../../dev/testdata/krav/kravtyper";
import { iDag } from "../dato";
import { parseServerEnv } from "../env";
import { medKontrollsiffer } from "../identifikator";
import { createLogger } from "../log";
import {
  createKravOgBetalingerClient,
  kravOgBetalingerConfigFromEnv,
  KravOgBetalingerError,
  type AapneKrav,
  type InnbetalingerIPeriode,
  type KravIPeriode,
  type KravOgBetalingerClient,
  type Periode,
  type UtbetalingerIPeriode,
} from "./index";

/**
 * The real client against the real stand-ins (Maskinporten token and API, started in this
 * process on KOB_IT_STANDIN_PORT_BASE, default 4710) for every test party in
 * dev/testdata/parties.ts: sums and cross-references must agree, failing parties must fail
 * the way their scenario says.
 */

const BASE = process.env.KOB_IT_STANDIN_PORT_BASE ?? "4710";
const silent = createLogger(undefined, "silent");
const aar = new Date().getFullYear();
/** Three calendar years up to the end of this one: three windows per endpoint. */
const TRE_AAR: Periode = { fraOgMed: `${aar - 2}-01-01`, tilOgMed: `${aar}-12-31` };

let stop: () => Promise<void>;
let client: KravOgBetalingerClient;
/** No cache and a short backoff, for the parties that fail on purpose. */
let utenCache: KravOgBetalingerClient;
/** The same with a short timeout, for the party that never answers. */
let rask: KravOgBetalingerClient;

before(async () => {
  ({ stop } = await startStandIns({ ...process.env, STANDIN_PORT_BASE: BASE }));
  const config = kravOgBetalingerConfigFromEnv(parseServerEnv({ APP_ENV: "test", STANDIN_PORT_BASE: BASE }));
  client = createKravOgBetalingerClient({ ...config, timeoutMs: 30_000, logger: silent });
  utenCache = createKravOgBetalingerClient({ ...config, timeoutMs: 30_000, retryDelayMs: 10, cacheSeconds: 0, logger: silent });
  rask = createKravOgBetalingerClient({ ...config, timeoutMs: 400, retryDelayMs: 10, cacheSeconds: 0, logger: silent });
});
after(() => stop());

const oere = (kr: number) => Math.round(kr * 100);
const sum = <T>(items: readonly T[], pick: (item: T) => number) => items.reduce((s, i) => s + oere(pick(i)), 0);
const inni = (dato: string, p: Periode) => dato >= p.fraOgMed && dato <= p.tilOgMed;
const sortert = (datoer: string[]) => datoer.every((d, i) => i === 0 || datoer[i - 1]! <= d);

function sjekkAapneKrav(party: TestParty, a: AapneKrav) {
  const idag = iDag();
  const hvem = `${party.name} (${party.orgnr})`;
  assert.equal(a.partIdentifikator, party.orgnr);
  const forfall = a.krav.flatMap((k) => k.forfall);
  const t = a.totalOversikt;
  assert.equal(oere(t.sumForfalteKrav), sum(forfall.filter((f) => f.forfallsdato < idag), (f) => f.gjenstaaendeBeloep), `${hvem}: sumForfalteKrav`);
  assert.equal(oere(t.sumIkkeForfalteKrav), sum(forfall.filter((f) => f.forfallsdato >= idag), (f) => f.gjenstaaendeBeloep), `${hvem}: sumIkkeForfalteKrav`);
  assert.equal(oere(t.sumStipulerteRenter), sum(a.krav, (k) => k.stipulerteRenter), `${hvem}: sumStipulerteRenter`);
  assert.equal(oere(t.sumUplasserteInnbetalinger), sum(a.uplasserteInnbetalinger, (i) => i.uplassertBeloep), `${hvem}: sumUplasserte`);
  assert.equal(
    oere(t.saldo),
    oere(t.sumForfalteKrav) + oere(t.sumIkkeForfalteKrav) + oere(t.sumStipulerteRenter) - oere(t.sumUplasserteInnbetalinger),
    `${hvem}: saldo`,
  );
  for (const felt of ["sumForfalteKrav", "sumIkkeForfalteKrav", "sumStipulerteRenter"] as const) {
    assert.equal(sum(a.oversiktPerKravgruppe, (g) => g[felt]), oere(t[felt]), `${hvem}: oversiktPerKravgruppe.${felt}`);
  }
  for (const g of a.oversiktPerKravgruppe) {
    const iGruppen = a.krav.filter((k) => k.kravgruppe === g.kravgruppe);
    assert.equal(oere(g.saldo), sum(iGruppen, (k) => k.gjenstaaendeBeloep + k.stipulerteRenter), `${hvem}: saldo for ${g.kravgruppe}`);
  }
  for (const k of a.krav) {
    assert.ok(k.gjenstaaendeBeloep > 0, `${hvem}: ${k.kravidentifikator} is open`);
    assert.equal(oere(k.gjenstaaendeBeloep), sum(k.forfall, (f) => f.gjenstaaendeBeloep), `${hvem}: ${k.kravidentifikator} gjenstaaende`);
    assert.equal(oere(k.opprinneligBeloep), sum(k.forfall, (f) => f.opprinneligBeloep), `${hvem}: ${k.kravidentifikator} opprinnelig`);
    assert.ok(sortert(k.forfall.map((f) => f.forfallsdato)), `${hvem}: due dates in order`);
  }
  assert.ok(sortert(a.krav.map((k) => k.forfall[0]?.forfallsdato ?? "")), `${hvem}: claims in order`);
  assert.equal(new Set(a.krav.map((k) => k.kravidentifikator)).size, a.krav.length, `${hvem}: unique claim ids`);
  assert.ok(a.uplasserteInnbetalinger.every((i) => i.uplassertBeloep > 0), `${hvem}: unplaced payments have money left`);
}

/** Paid and offset amounts on a debt's due date add up to what is no longer owed. */
function sjekkKrav(party: TestParty, p: Periode, r: KravIPeriode) {
  const hvem = `${party.name} (${party.orgnr})`;
  assert.deepEqual(r.periode, p);
  assert.equal(new Set(r.krav.map((k) => k.kravidentifikator)).size, r.krav.length, `${hvem}: a claim from two windows appears once`);
  for (const k of r.krav) {
    assert.ok(
      k.forfall.some((f) => inni(f.forfallsdato, p)),
      `${hvem}: ${k.kravidentifikator} has a due date in the period`,
    );
    for (const f of k.forfall) {
      if (f.opprinneligBeloep <= 0) continue; // a credit is settled by payout and offset, listed under utbetalinger
      const dekket = sum(f.innbetalinger, (i) => i.benyttetBeloep) + sum(f.motkrav, (m) => m.benyttetBeloep);
      assert.equal(dekket, oere(f.opprinneligBeloep) - oere(f.gjenstaaendeBeloep), `${hvem}: ${f.kravforfallsIdentifikator} covered`);
      assert.ok(
        f.innbetalinger.every((i) => i.benyttetBeloep > 0),
        `${hvem}: benyttetBeloep positive`,
      );
    }
  }
}

function sjekkInnbetalinger(party: TestParty, p: Periode, r: InnbetalingerIPeriode) {
  const hvem = `${party.name} (${party.orgnr})`;
  assert.ok(sortert(r.innbetalinger.map((i) => i.innbetalingsdato)), `${hvem}: payments in date order`);
  assert.equal(new Set(r.innbetalinger.map((i) => i.innbetalingsidentifikator)).size, r.innbetalinger.length, `${hvem}: unique payment ids`);
  for (const i of r.innbetalinger) {
    assert.ok(inni(i.innbetalingsdato, p), `${hvem}: ${i.innbetalingsdato} in the period`);
    assert.equal(oere(i.innbetaltBeloep), oere(i.uplassertBeloep) + sum(i.plasseringer, (pl) => pl.benyttetBeloep), `${hvem}: payment used + unplaced`);
  }
}

function sjekkUtbetalinger(party: TestParty, p: Periode, r: UtbetalingerIPeriode) {
  const hvem = `${party.name} (${party.orgnr})`;
  assert.ok(sortert(r.utbetalinger.map((u) => u.utbetaltdato)), `${hvem}: payouts in date order`);
  for (const u of r.utbetalinger) {
    assert.ok(inni(u.utbetaltdato, p), `${hvem}: ${u.utbetaltdato} in the period`);
    assert.equal(sum(u.kreditKrav, (k) => k.utbetaltBeloep), oere(u.utbetaltBeloep), `${hvem}: credits paid out = payout`);
    for (const k of u.kreditKrav) {
      assert.ok(k.opprinneligBeloep < 0 && k.motregnetBeloep >= 0, `${hvem}: credit ${k.kravforfallsIdentifikator}`);
    }
  }
}

/** aapnekrav and the period endpoints describe the same account. */
function sjekkSammenheng(party: TestParty, p: Periode, a: AapneKrav, krav: KravIPeriode, inn: InnbetalingerIPeriode) {
  const hvem = `${party.name} (${party.orgnr})`;
  const iPerioden = new Map(krav.krav.map((k) => [k.kravidentifikator, k]));
  for (const k of a.krav.filter((k) => k.forfall.some((f) => inni(f.forfallsdato, p)))) {
    const sammen = iPerioden.get(k.kravidentifikator);
    assert.ok(sammen, `${hvem}: open claim ${k.kravidentifikator} is in krav for the period`);
    assert.equal(sammen.gjenstaaendeBeloep, k.gjenstaaendeBeloep, `${hvem}: ${k.kravidentifikator} same remaining amount`);
  }
  const betalinger = new Map(inn.innbetalinger.map((i) => [i.innbetalingsidentifikator, i]));
  for (const u of a.uplasserteInnbetalinger.filter((i) => inni(i.innbetalingsdato, p))) {
    assert.equal(betalinger.get(u.innbetalingsidentifikator)?.uplassertBeloep, u.uplassertBeloep, `${hvem}: unplaced payment in innbetalinger`);
  }
}

async function sjekkHelePart(party: TestParty, periode: Periode = TRE_AAR) {
  const [a, krav, inn, ut] = await Promise.all([
    client.hentAapnekrav(party.orgnr),
    client.hentKrav(party.orgnr, periode),
    client.hentInnbetalinger(party.orgnr, periode),
    client.hentUtbetalinger(party.orgnr, periode),
  ]);
  sjekkAapneKrav(party, a);
  sjekkKrav(party, periode, krav);
  sjekkInnbetalinger(party, periode, inn);
  sjekkUtbetalinger(party, periode, ut);
  sjekkSammenheng(party, periode, a, krav, inn);
  return { a, krav, inn, ut };
}

const failing = new Set(FAILING_PARTIES.map((p) => p.orgnr));
// not the published example (its sums are as of 2023, see dev/api/kontrakt) nor the fully screened party (no sums, no lists)
const ordinary = TEST_PARTIES.filter((p) => !failing.has(p.orgnr) && p.orgnr !== STOR_ORGNR && p.scenario !== "publisert" && p.scenario !== "skjermet");

test(`every ordinary test party (${ordinary.length}): sums and cross-references agree`, async () => {
  let medData = 0;
  const queue = [...ordinary];
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      for (let party = queue.shift(); party; party = queue.shift()) {
        const { a, krav } = await sjekkHelePart(party);
        if (a.krav.length + krav.krav.length > 0) medData++;
        if (party.scenario === "tom") {
          assert.deepEqual([a.krav.length, krav.krav.length, a.totalOversikt.saldo], [0, 0, 0], `${party.name} is empty`);
        }
      }
    }),
  );
  assert.ok(medData > ordinary.length / 2, `most parties have data (${medData})`);
});

test("the seed party tells the launch story", async () => {
  const party = TEST_PARTIES.find((p) => p.orgnr === SEED_ORGNR)!;
  const { a } = await sjekkHelePart(party, { fraOgMed: "2018-01-01", tilOgMed: `${aar}-12-31` });
  const fs2024 = a.krav.find((k) => k.forfall.some((f) => f.forfallsdato === "2024-03-15"));
  assert.ok(fs2024, "forskuddsskatt 2024 is open");
  assert.equal(fs2024.opprinneligBeloep, 448_600);
  assert.equal(fs2024.forfall.length, 4);
  assert.ok(a.totalOversikt.sumForfalteKrav > 0 && a.totalOversikt.sumStipulerteRenter > 0);
  const inn2023 = await client.hentInnbetalinger(SEED_ORGNR, { fraOgMed: "2023-01-01", tilOgMed: "2023-12-31" });
  const betaling = inn2023.innbetalinger.find((i) => i.innbetalingsdato === "2023-10-18");
  assert.equal(betaling?.innbetaltBeloep, 315_000);
  assert.ok(
    betaling.plasseringer.some((p) => p.benyttetBeloep === 2_434 && p.forfallsdato === "2023-11-02"),
    "forsinkelsesrente 2022 covered by the payment",
  );
  const en = await client.hentAapnekrav(SEED_ORGNR, { spraak: "en" });
  assert.ok(en.krav.length === a.krav.length);
});

test("API texts come in the asked language, bokmål where the API has no other, from the same cached answers", async () => {
  // The cache holds the API's answer, not our mapped texts: one party read in nb, en and nn in turn.
  const perNb = new Map(Object.values(KRAVTYPER).map((k) => [k.tekst.nb, k.tekst]));
  const [nb, en, nn] = [await client.hentAapnekrav(SEED_ORGNR), await client.hentAapnekrav(SEED_ORGNR, { spraak: "en" }), await client.hentAapnekrav(SEED_ORGNR, { spraak: "nn" })];
  assert.ok(nb.krav.length > 0);
  let kjente = 0;
  for (const k of nb.krav) {
    const tekst = perNb.get(k.beskrivelse);
    const paaEngelsk = en.krav.find((e) => e.kravidentifikator === k.kravidentifikator)!;
    const paaNynorsk = nn.krav.find((e) => e.kravidentifikator === k.kravidentifikator)!;
    if (tekst) {
      kjente++;
      assert.equal(paaEngelsk.beskrivelse, tekst.en, `${k.kravidentifikator} in English`);
      assert.equal(paaNynorsk.beskrivelse, tekst.nn, `${k.kravidentifikator} in nynorsk`);
    }
    // The stand-in gives periods in bokmål only: every language falls back to it.
    assert.equal(paaEngelsk.periode, k.periode);
    assert.equal(paaNynorsk.periode, k.periode);
  }
  assert.ok(kjente > 0, "the seed party has claims of known kravtyper");
  const forskudd = KRAVTYPER.forskuddsskattPerson.tekst;
  const fs2024 = (a: AapneKrav) => a.krav.find((k) => k.forfall.some((f) => f.forfallsdato === "2024-03-15"))!;
  assert.deepEqual([fs2024(nb).beskrivelse, fs2024(en).beskrivelse, fs2024(nn).beskrivelse], [forskudd.nb, forskudd.en, forskudd.nn]);

  const periode: Periode = { fraOgMed: "2023-01-01", tilOgMed: "2023-12-31" };
  const kravNb = await client.hentKrav(SEED_ORGNR, periode);
  const kravEn = await client.hentKrav(SEED_ORGNR, periode, { spraak: "en" });
  const rente = kravNb.krav.find((k) => k.beskrivelse.startsWith(KRAVTYPER.forsinkelsesrente.tekst.nb))!;
  assert.ok(rente, "a late payment interest claim in 2023");
  assert.ok(kravEn.krav.find((k) => k.kravidentifikator === rente.kravidentifikator)!.beskrivelse.startsWith(KRAVTYPER.forsinkelsesrente.tekst.en!));
  // And bokmål again after English: nothing of the English mapping was kept.
  assert.equal((await client.hentKrav(SEED_ORGNR, periode)).krav.find((k) => k.kravidentifikator === rente.kravidentifikator)!.beskrivelse, rente.beskrivelse);
});

test("the large party: 8 years in 3 calls a year, merged without duplicates, same as year by year", async () => {
  const party = TEST_PARTIES.find((p) => p.orgnr === STOR_ORGNR)!;
  const periode = { fraOgMed: `${aar - 7}-01-01`, tilOgMed: `${aar}-12-31` };
  const { a, krav, inn } = await sjekkHelePart(party, periode);
  assert.ok(a.krav.length >= 5000, `${a.krav.length} open claims`);
  const perAar = await Promise.all(
    Array.from({ length: 8 }, (_, i) => client.hentInnbetalinger(STOR_ORGNR, { fraOgMed: `${aar - 7 + i}-01-01`, tilOgMed: `${aar - 7 + i}-12-31` })),
  );
  assert.equal(inn.innbetalinger.length, perAar.reduce((s, r) => s + r.innbetalinger.length, 0));
  assert.ok(krav.krav.length + inn.innbetalinger.length > 50_000 / 2, `${krav.krav.length} claims, ${inn.innbetalinger.length} payments`);
});

test("the fully screened party: only the call's parameters and skjermet: true; no sums, no lists, never an error", async () => {
  const party = TEST_PARTIES.find((p) => p.scenario === "skjermet")!;
  const [a, krav, inn, ut] = await Promise.all([
    client.hentAapnekrav(party.orgnr),
    client.hentKrav(party.orgnr, TRE_AAR),
    client.hentInnbetalinger(party.orgnr, TRE_AAR),
    client.hentUtbetalinger(party.orgnr, TRE_AAR),
  ]);
  assert.deepEqual([a.skjermet, a.harSummer, a.krav.length, a.uplasserteInnbetalinger.length, a.forkastet], [true, false, 0, 0, 0]);
  assert.equal(a.totalOversikt.saldo, 0);
  for (const r of [krav, inn, ut]) assert.equal(r.skjermet, true);
  assert.deepEqual([krav.krav.length, inn.innbetalinger.length, ut.utbetalinger.length], [0, 0, 0]);
});

test("the published example's party (871978433): Skatteetaten's own answers, read with KID, placements and signs", async () => {
  const party = TEST_PARTIES.find((p) => p.scenario === "publisert")!;
  const a = await client.hentAapnekrav(party.orgnr);
  assert.equal(a.krav.length, 5);
  assert.equal(a.krav.find((k) => k.kravidentifikator === "KRAV-33712709")!.forfall[0]!.betalingsinformasjon!.kid, "18719784330100322000006");
  const inn = await client.hentInnbetalinger(party.orgnr, { fraOgMed: "2022-01-01", tilOgMed: "2022-12-31" });
  const betaling = inn.innbetalinger.find((i) => i.innbetalingsidentifikator === "FORF-91264797")!;
  assert.equal(betaling.innbetaltBeloep, 51_433);
  assert.deepEqual(betaling.plasseringer.map((p) => [p.kravforfallsIdentifikator, p.benyttetBeloep]), [["KRAV-33158653", 51_321], ["KRAV-33243589", 112]]);
  const tom = await client.hentInnbetalinger(party.orgnr, { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" });
  assert.equal(tom.innbetalinger.length, 0, "KB-007 outside 2022");
});

async function feil(promise: Promise<unknown>): Promise<KravOgBetalingerError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof KravOgBetalingerError, String(error));
    return error;
  }
  assert.fail("expected an error");
}

const scenario = (s: TestParty["scenario"]) => FAILING_PARTIES.find((p) => p.scenario === s)!;

test("feil-kb002 and feil-das003: typed 500 errors with kode and korrelasjonsid, after retries", async () => {
  for (const [s, kode] of [
    ["feil-kb002", "KB-002"],
    ["feil-das003", "DAS-003"],
  ] as const) {
    for (const call of [() => utenCache.hentAapnekrav(scenario(s).orgnr), () => utenCache.hentKrav(scenario(s).orgnr, TRE_AAR)]) {
      const e = await feil(call());
      assert.equal(e.type, "upstream");
      assert.equal(e.status, 500);
      assert.equal(e.kode, kode);
      assert.match(e.korrelasjonsid ?? "", /^[0-9a-f-]{36}$/);
      assert.equal(e.kanProevesIgjen, true);
    }
  }
});

test("feil-timeout: a timeout error, not a hang", async () => {
  const started = Date.now();
  const e = await feil(rask.hentAapnekrav(scenario("feil-timeout").orgnr));
  assert.equal(e.type, "timeout");
  assert.ok(Date.now() - started < 5_000);
});

test("feil-ugyldig: every endpoint gives a schema error with the korrelasjonsid", async () => {
  const orgnr = scenario("feil-ugyldig").orgnr;
  const p = { fraOgMed: `${aar}-01-01`, tilOgMed: `${aar}-12-31` };
  for (const call of [() => utenCache.hentAapnekrav(orgnr), () => utenCache.hentKrav(orgnr, p), () => utenCache.hentInnbetalinger(orgnr, p), () => utenCache.hentUtbetalinger(orgnr, p)]) {
    const e = await feil(call());
    assert.equal(e.type, "schema", e.message);
    assert.ok(e.korrelasjonsid, "korrelasjonsid from the header");
  }
});

test("feil-ustabil: every other call fails, a retry gets the answer", async () => {
  const party = scenario("feil-ustabil");
  const p = { fraOgMed: `${aar}-01-01`, tilOgMed: `${aar}-12-31` };
  sjekkAapneKrav(party, await utenCache.hentAapnekrav(party.orgnr));
  sjekkKrav(party, p, await utenCache.hentKrav(party.orgnr, p));
  sjekkInnbetalinger(party, p, await utenCache.hentInnbetalinger(party.orgnr, p));
});

test("an organisation the API does not know: KB-009, no data for this party", async () => {
  const ukjent = ["99999999", "88888888", "77777777"].map((n) => medKontrollsiffer(n)).find((o) => o && !TEST_PARTIES.some((p) => p.orgnr === o))!;
  const e = await feil(utenCache.hentAapnekrav(ukjent));
  assert.equal(e.kode, "KB-009");
  assert.equal(e.ingenDataForPart, true);
  assert.equal(e.status, 404);
});

test("the deleted party has no claims: KB-007 is an empty result", async () => {
  const r = await utenCache.hentKrav(DELETED_PARTY.orgnr, TRE_AAR);
  assert.deepEqual(r.krav, []);
  assert.equal((await utenCache.hentAapnekrav(DELETED_PARTY.orgnr)).totalOversikt.saldo, 0);
});
