import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { generateKeyPair, SignJWT } from "jose";
import {
  aapnekravResponseSchema,
  innbetalingerResponseSchema,
  kravResponseSchema,
  utbetalingerResponseSchema,
} from "../../lib/kravogbetalinger/schema";
import { LOCAL_CLIENT } from "../maskinporten/server";
import { FAILING_PARTIES, findTestParty, SEED_ORGNR, STOR_ORGNR, TEST_PARTIES } from "../testdata/parties";
import { SEED_KIDS } from "../testdata/krav/seed";
import { ledgerFor } from "../testdata/krav";
import { dag } from "../testdata/krav/dager";
import { iDag } from "../../lib/dato";
import { hent, periode, startPar, type Par } from "./testhjelp";

const BASE = 4720;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const party = (scenario: string) => TEST_PARTIES.find((p) => p.scenario === scenario)!.orgnr;
const TOM = party("tom");

type Krav = { kravbeskrivelse: { spraakTekst: { tekst: string }[] }; kravperiode?: { aar: string }; kravforfall: Forfall[]; [k: string]: unknown };
type Forfall = { forfallsdato: string; opprinneligBeloep: number; gjenstaaendeBeloep: number; plassertInnbetaling?: Record<string, unknown>[]; plassertMotkrav?: Record<string, unknown>[]; betalingsinformasjon?: { kidnummer?: string } };
const tekst = (k: Krav) => k.kravbeskrivelse.spraakTekst[0]!.tekst;

describe("Krav og betalinger API stand-in", () => {
  let a: Par; // real clock
  let b: Par; // movable clock, short hang, a client with an extra scope
  let klokke = () => new Date();
  before(async () => {
    a = await startPar(BASE + 2, BASE + 4);
    b = await startPar(BASE + 3, BASE + 5, {
      mp: { clients: [{ ...LOCAL_CLIENT, scopes: [...LOCAL_CLIENT.scopes, "skatteetaten:annet"] }] },
      api: { now: () => klokke(), hangMs: 300 },
    });
  });
  after(async () => {
    await a.close();
    await b.close();
  });
  const api = (p: Par) => p.api.url;
  const get = async (path: string, orgnr: string | null = SEED_ORGNR, headers: Record<string, string> = {}) =>
    hent(api(a), path, await a.token(orgnr), headers);

  describe("token checks", () => {
    test("no token is 401 KB-004 with a korrelasjonsid in body and header", async () => {
      const res = await hent(api(a), `/regnskapssystem/${SEED_ORGNR}/aapnekrav`, null);
      assert.equal(res.status, 401);
      assert.equal(res.body.kode, "KB-004");
      assert.match(String(res.body.korrelasjonsid), UUID);
      assert.equal(res.korrelasjonsid, res.body.korrelasjonsid);
      const again = await hent(api(a), `/regnskapssystem/${SEED_ORGNR}/aapnekrav`, null);
      assert.notEqual(again.body.korrelasjonsid, res.body.korrelasjonsid, "a fresh id per answer");
    });

    test("a token signed by someone else is KB-004", async () => {
      const { privateKey } = await generateKeyPair("RS256");
      const forged = await new SignJWT({
        scope: "skatteetaten:kravogbetalinger",
        authorization_details: [{ type: "urn:altinn:systemuser", systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${SEED_ORGNR}` } }],
      })
        .setProtectedHeader({ alg: "RS256", kid: "forged" })
        .setIssuer(a.mp.issuer)
        .setIssuedAt()
        .setExpirationTime("2m")
        .sign(privateKey);
      for (const token of [forged, "not.a.jwt"]) {
        const res = await hent(api(a), `/regnskapssystem/${SEED_ORGNR}/aapnekrav`, token);
        assert.equal(res.status, 401);
        assert.equal(res.body.kode, "KB-004");
      }
    });

    test("a token from another Maskinporten is KB-004", async () => {
      const res = await hent(api(a), `/regnskapssystem/${SEED_ORGNR}/aapnekrav`, await b.token(SEED_ORGNR));
      assert.equal(res.status, 401);
      assert.equal(res.body.kode, "KB-004");
    });

    test("an expired token is KB-004", async () => {
      const token = await b.token(SEED_ORGNR);
      klokke = () => new Date(Date.now() + 10 * 60_000);
      try {
        const res = await hent(api(b), `/regnskapssystem/${SEED_ORGNR}/aapnekrav`, token);
        assert.equal(res.status, 401);
        assert.equal(res.body.kode, "KB-004");
        assert.match(String(res.body.melding), /utløpt/);
      } finally {
        klokke = () => new Date();
      }
    });

    test("a token without the kravogbetalinger scope is KB-004", async () => {
      const { accessTokenFor } = await import("../maskinporten/assertion");
      const token = await accessTokenFor(b.mp, SEED_ORGNR, { scope: "skatteetaten:annet" });
      const res = await hent(api(b), `/regnskapssystem/${SEED_ORGNR}/aapnekrav`, token);
      assert.equal(res.status, 401);
      assert.equal(res.body.kode, "KB-004");
      assert.match(String(res.body.melding), /scope/);
    });

    test("a systemuser for another party, or none, is 403 KB-005", async () => {
      const other = await get(`/regnskapssystem/${SEED_ORGNR}/aapnekrav`, "311851381");
      assert.equal(other.status, 403);
      assert.equal(other.body.kode, "KB-005");
      const none = await get(`/regnskapssystem/${SEED_ORGNR}/aapnekrav`, null);
      assert.equal(none.status, 403);
      assert.equal(none.body.kode, "KB-005");
    });

    test("both rettighetspakker answer with the party's own token", async () => {
      for (const rp of ["regnskapssystem", "finans"]) {
        const res = await get(`/${rp}/${SEED_ORGNR}/aapnekrav`);
        assert.equal(res.status, 200, rp);
      }
    });
  });

  describe("KB codes and limits", () => {
    test("an unknown path is 404 KB-003", async () => {
      for (const path of [`/regnskapssystem/${SEED_ORGNR}/saldo`, `/bank/${SEED_ORGNR}/aapnekrav`, `/regnskapssystem/${SEED_ORGNR}`]) {
        const res = await get(path);
        assert.equal(res.status, 404, path);
        assert.equal(res.body.kode, "KB-003", path);
      }
      const v2 = await hent(`http://localhost:${BASE + 4}/v2`, `/regnskapssystem/${SEED_ORGNR}/aapnekrav`, await a.token(SEED_ORGNR));
      assert.equal(v2.body.kode, "KB-003");
    });

    test("Accept without JSON (XML too: the stand-in serves only JSON) is 406 KB-008", async () => {
      for (const accept of ["application/xml", "text/html", "application/json;q=0"]) {
        const res = await get(`/regnskapssystem/${SEED_ORGNR}/aapnekrav`, SEED_ORGNR, { accept });
        assert.equal(res.status, 406, accept);
        assert.equal(res.body.kode, "KB-008");
      }
      for (const accept of ["application/json", "*/*", "application/xml, application/json;q=0.5"]) {
        const res = await get(`/regnskapssystem/${SEED_ORGNR}/aapnekrav`, SEED_ORGNR, { accept });
        assert.equal(res.status, 200, accept);
      }
    });

    test("a bad party identifier is 400 KB-006", async () => {
      for (const id of ["31336700", "313367003", "31336700a", "1234567890", "24817510261"]) {
        const res = await get(`/regnskapssystem/${id}/aapnekrav`);
        assert.equal(res.status, 400, id);
        assert.equal(res.body.kode, "KB-006", id);
      }
    });

    test("a period over one year, reversed, missing or not a date is 400 KB-006", async () => {
      const bad = [
        "fraOgMed=2023-01-01&tilOgMed=2024-01-01",
        "fraOgMed=2019-01-01&tilOgMed=2024-12-31",
        "fraOgMed=2023-12-31&tilOgMed=2023-01-01",
        "fraOgMed=2023-01-01",
        "",
        "fraOgMed=2023-02-30&tilOgMed=2023-12-31",
        "fraOgMed=01.01.2023&tilOgMed=31.12.2023",
      ];
      for (const q of bad) {
        const res = await get(`/regnskapssystem/${SEED_ORGNR}/krav?${q}`);
        assert.equal(res.status, 400, q);
        assert.equal(res.body.kode, "KB-006", q);
      }
      const ok = await get(`/regnskapssystem/${SEED_ORGNR}/krav?fraOgMed=2023-06-15&tilOgMed=2024-06-14`);
      assert.equal(ok.status, 200, "a year less a day is allowed");
    });

    test("a valid identifier the API does not know is 404 KB-009", async () => {
      const res = await get(`/regnskapssystem/974400006/aapnekrav`, "974400006");
      assert.equal(res.status, 404);
      assert.equal(res.body.kode, "KB-009");
    });

    test("a party with nothing: empty aapnekrav, KB-007 for every period", async () => {
      const aapne = await get(`/regnskapssystem/${TOM}/aapnekrav`, TOM);
      assert.equal(aapne.status, 200);
      const parsed = aapnekravResponseSchema.parse(aapne.body);
      assert.deepEqual(parsed.aapentKravMedGjenstaaendeBeloep, []);
      assert.deepEqual(parsed.innbetalingMedUplassertBeloep, []);
      assert.equal(parsed.totalOversikt!.saldo, 0);
      for (const ep of ["krav", "innbetalinger", "utbetalinger"]) {
        const res = await get(`/regnskapssystem/${TOM}/${ep}?${periode(2024)}`, TOM);
        assert.equal(res.status, 404, ep);
        assert.equal(res.body.kode, "KB-007", ep);
      }
    });

    test("a period without data for a party with data is KB-007", async () => {
      const res = await get(`/regnskapssystem/${SEED_ORGNR}/utbetalinger?${periode(2023)}`);
      assert.equal(res.status, 404);
      assert.equal(res.body.kode, "KB-007");
    });
  });

  describe("parties that fail on purpose", () => {
    const orgnr = (scenario: string) => FAILING_PARTIES.find((p) => p.scenario === scenario)!.orgnr;

    test("feil-kb002 answers 500 KB-002 and feil-das003 500 DAS-003", async () => {
      for (const [scenario, kode] of [["feil-kb002", "KB-002"], ["feil-das003", "DAS-003"]] as const) {
        const o = orgnr(scenario);
        const res = await get(`/regnskapssystem/${o}/aapnekrav`, o);
        assert.equal(res.status, 500);
        assert.equal(res.body.kode, kode);
        assert.match(String(res.body.korrelasjonsid), UUID);
      }
    });

    test("feil-ustabil fails every other call per endpoint; the retry succeeds", async () => {
      const o = orgnr("feil-ustabil");
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await get(`/regnskapssystem/${o}/aapnekrav`, o)).status);
      assert.deepEqual(statuses, [500, 200, 500, 200]);
      const first = await get(`/regnskapssystem/${o}/krav?${periode(new Date().getFullYear())}`, o);
      assert.equal(first.status, 500, "the count is per endpoint");
      assert.equal(first.body.kode, "KB-001");
    });

    test("feil-ugyldig answers 200 with bodies the client's schemas reject", async () => {
      const o = orgnr("feil-ugyldig");
      const checks = [
        ["aapnekrav", aapnekravResponseSchema],
        [`krav?${periode(2024)}`, kravResponseSchema],
        [`innbetalinger?${periode(2024)}`, innbetalingerResponseSchema],
        [`utbetalinger?${periode(2024)}`, utbetalingerResponseSchema],
      ] as const;
      for (const [path, schema] of checks) {
        const res = await get(`/regnskapssystem/${o}/${path}`, o);
        assert.equal(res.status, 200, path);
        assert.equal(schema.safeParse(res.body).success, false, `${path} must not parse`);
      }
    });

    test("feil-timeout hangs until the client gives up, and answers late if it waits", async () => {
      const o = orgnr("feil-timeout");
      const started = Date.now();
      await assert.rejects(hent(api(a), `/regnskapssystem/${o}/aapnekrav`, await a.token(o), {}, AbortSignal.timeout(300)), /abort|timeout/i);
      assert.ok(Date.now() - started < 2000);
      const quick = await get(`/regnskapssystem/${SEED_ORGNR}/aapnekrav`);
      assert.equal(quick.status, 200, "the server goes on serving others");
      const late = await hent(api(b), `/regnskapssystem/${o}/aapnekrav`, await b.token(o));
      assert.equal(late.status, 200);
      assert.ok(late.ms >= 280, `answered after ${late.ms} ms`);
    });
  });

  describe("the seed party (Nordmann Eplepress ENK)", () => {
    test("overview: one overdue claim, forskuddsskatt 2024, 448 600,00 in four terms, nothing in the future", async () => {
      const res = await get(`/regnskapssystem/${SEED_ORGNR}/aapnekrav`);
      const body = aapnekravResponseSchema.parse(res.body);
      const krav = body.aapentKravMedGjenstaaendeBeloep!;
      assert.equal(krav.length, 1);
      const k = res.body.aapentKravMedGjenstaaendeBeloep as Krav[];
      assert.equal(tekst(k[0]!), "Utskrevet forskuddsskatt, person");
      assert.equal(k[0]!.kravperiode!.aar, "2024", "aar is a string, as in the published example");
      assert.equal(krav[0]!.gjenstaaendeBeloep, 448_600);
      assert.deepEqual(
        k[0]!.kravforfall.map((f) => [f.forfallsdato, f.gjenstaaendeBeloep]),
        [["2024-03-15", 112_150], ["2024-05-15", 112_150], ["2024-09-16", 112_150], ["2024-11-15", 112_150]],
      );
      assert.equal(body.totalOversikt!.sumForfalteKrav, 448_600);
      assert.equal(body.totalOversikt!.sumIkkeForfalteKrav, 0);
      assert.ok(krav[0]!.stipulerteRenter! > 0);
      assert.equal(body.totalOversikt!.saldo, 448_600 + body.totalOversikt!.sumStipulerteRenter);
    });

    test("interest so far follows the rate table: 81 435 kr on 1 January 2026", async () => {
      klokke = () => new Date("2026-01-01T12:00:00Z");
      try {
        const res = await hent(api(b), `/regnskapssystem/${SEED_ORGNR}/aapnekrav`, await b.token(SEED_ORGNR));
        const body = aapnekravResponseSchema.parse(res.body);
        assert.equal(body.aapentKravMedGjenstaaendeBeloep![0]!.stipulerteRenter, 81_435);
        assert.equal(body.totalOversikt!.sumStipulerteRenter, 81_435);
      } finally {
        klokke = () => new Date();
      }
    });

    test("paid in 2023: forsinkelsesrente 2022 of 2 434,00 due 02.11.2023, covered by 315 000,00 on 18.10.2023", async () => {
      const res = await get(`/regnskapssystem/${SEED_ORGNR}/krav?${periode(2023)}`);
      kravResponseSchema.parse(res.body);
      const fr = (res.body.krav as Krav[]).find((k) => tekst(k) === "Forsinkelsesrente" && k.kravperiode?.aar === "2022")!;
      assert.ok(fr, "forsinkelsesrente 2022 is among 2023's claims");
      assert.equal(fr.kravforfall.length, 1);
      const f = fr.kravforfall[0]!;
      assert.equal(f.forfallsdato, "2023-11-02");
      assert.equal(f.opprinneligBeloep, 2_434);
      assert.equal(f.gjenstaaendeBeloep, 0);
      assert.equal(f.plassertInnbetaling!.length, 1);
      const p = f.plassertInnbetaling![0]! as { innbetalingsdato: string; innbetaltBeloep: number; plassertBeloep: number; innbetaltFra: { konto: { kontonummer: string } } };
      assert.equal(p.innbetalingsdato, "2023-10-18");
      assert.equal(p.innbetaltBeloep, -315_000, "money in is negative, as Skatteetaten publishes it");
      assert.equal(p.plassertBeloep, -2_434);
      assert.equal(p.innbetaltFra.konto.kontonummer, "******13531");

      const inn = await get(`/regnskapssystem/${SEED_ORGNR}/innbetalinger?${periode(2023)}`);
      const payment = innbetalingerResponseSchema.parse(inn.body).innbetaling!.find((i) => i.innbetalingsdato === "2023-10-18")!;
      assert.equal(payment.innbetaltBeloep, -315_000);
      assert.equal(payment.uplassertBeloep, 0);
      assert.deepEqual(payment.plassertKrav!.map((x) => x.plassertBeloep).sort((x, y) => x - y), [2_434, 156_283, 156_283], "placements under innbetalinger are positive");
    });

    test("the kontoutskrift rows of the seed: amounts, dates, KIDs and the remainders as of 28.02.2021", async () => {
      const krav: Krav[] = [];
      for (const aar of [2019, 2020, 2021]) {
        const res = await get(`/regnskapssystem/${SEED_ORGNR}/krav?${periode(aar)}`);
        for (const k of res.body.krav as Krav[]) if (!krav.some((x) => x.kravidentifikator === k.kravidentifikator)) krav.push(k);
      }
      const per = "2021-02-28";
      const rows = krav.flatMap((k) =>
        k.kravforfall.map((f) => {
          const placed = [...(f.plassertInnbetaling ?? []), ...(f.plassertMotkrav ?? [])]
            .filter((p) => String(p.plassertDato) <= per)
            .reduce((s, p) => s + (p.plassertBeloep as number), 0);
          return {
            aar: Number(k.kravperiode?.aar),
            beskrivelse: tekst(k),
            dato: f.forfallsdato,
            beloep: f.opprinneligBeloep,
            rest: Math.round((f.opprinneligBeloep + placed) * 100) / 100,
            kid: f.betalingsinformasjon?.kidnummer,
          };
        }),
      );
      const row = (beskrivelse: string, dato: string) => rows.find((r) => r.beskrivelse === beskrivelse && r.dato === dato);
      const expected = [
        [2018, "Restskatt, person", "2019-09-26", 14_607, 0, SEED_KIDS.restskatt2018],
        [2018, "Restskatt, person", "2019-10-31", 14_608, 14_199, SEED_KIDS.restskatt2018],
        [2019, "Gebyr", "2019-11-27", 1_955, 1_955, SEED_KIDS.gebyr2019],
        [2020, "Utskrevet forskuddsskatt, person", "2020-05-04", 8_250, 8_250, SEED_KIDS.forskuddsskatt2020],
        [2020, "Utskrevet forskuddsskatt, person", "2020-07-15", 8_250, 8_250, SEED_KIDS.forskuddsskatt2020],
        [2020, "Utskrevet forskuddsskatt, person", "2020-09-15", 8_250, 8_250, SEED_KIDS.forskuddsskatt2020],
        [2019, "Restskatt, person", "2020-11-12", 25_201, 20_853, SEED_KIDS.restskatt2019],
        [2020, "Utskrevet forskuddsskatt, person", "2020-11-16", 8_250, 8_250, SEED_KIDS.forskuddsskatt2020],
        [2019, "Restskatt, person", "2020-12-17", 25_201, 25_201, SEED_KIDS.restskatt2019],
        [2019, "Forsinkelsesrente Utskrevet forskuddsskatt, person", "2020-12-29", 4_364, 4_364, SEED_KIDS.forsinkelsesrente2019],
        [2020, "Mva-melding", "2021-02-10", 1_974, 0, SEED_KIDS.mva2020termin6],
      ] as const;
      for (const [aar, beskrivelse, dato, beloep, rest, kid] of expected) {
        const r = row(beskrivelse, dato);
        assert.ok(r, `${beskrivelse} ${dato}`);
        assert.deepEqual(r, { aar, beskrivelse, dato, beloep, rest, kid }, `${beskrivelse} ${dato}`);
      }
      const mva = krav.find((k) => tekst(k) === "Mva-melding" && k.kravperiode?.aar === "2020")!;
      assert.equal(mva.fastsettingsmaate, "EGENFASTSATT");

      const inn = await get(`/regnskapssystem/${SEED_ORGNR}/innbetalinger?${periode(2021)}`);
      const ocr = innbetalingerResponseSchema.parse(inn.body).innbetaling!.find((i) => i.innbetalingsdato === "2021-02-22")!;
      assert.equal(ocr.innbetaltBeloep, -2_500);
      assert.equal(ocr.innbetaltFra!.kidnummer, SEED_KIDS.ocrInnbetaling2021);
      assert.equal(ocr.uplassertBeloep, 0);
      assert.equal(ocr.innbetaltFra!.konto!.kontonummer, "******11111");
    });
  });

  describe("the large party (Storvik Entreprenør AS)", () => {
    test("at least 5 000 open claims and 50 000 transactions over 8 years; one year answers quickly", async () => {
      const first = await get(`/regnskapssystem/${STOR_ORGNR}/aapnekrav`, STOR_ORGNR);
      assert.equal(first.status, 200);
      const aapne = aapnekravResponseSchema.parse(first.body).aapentKravMedGjenstaaendeBeloep!;
      assert.ok(aapne.length >= 5000, `${aapne.length} open claims`);

      // one year of each endpoint over HTTP, timed
      const iAar = new Date().getFullYear();
      let slowest = 0;
      for (const ep of ["krav", "innbetalinger", "utbetalinger"]) {
        const res = await get(`/regnskapssystem/${STOR_ORGNR}/${ep}?${periode(iAar - 1)}`, STOR_ORGNR);
        assert.ok(res.status === 200 || (ep === "utbetalinger" && res.body.kode === "KB-007"), `${ep} ${res.status}`);
        slowest = Math.max(slowest, res.ms);
      }
      // the whole history, counted in the ledger the server answers from (8 x 3 calls of ~5 MB would take long)
      const ledger = ledgerFor(findTestParty(STOR_ORGNR)!, dag(iDag()));
      const aarene = new Set(ledger.krav.flatMap((k) => k.forfall.map((f) => new Date(f.dag * 86_400_000).getUTCFullYear())));
      assert.ok(aarene.size >= 8, `${aarene.size} years`);
      const transaksjoner = ledger.krav.reduce((s, k) => s + k.forfall.length, 0) + ledger.innbetalinger.length + ledger.utbetalinger.length;
      assert.ok(transaksjoner >= 50_000, `${transaksjoner} transactions`);
      assert.ok(slowest < 1500, `slowest one-year answer ${slowest} ms`);
    });
  });
});
