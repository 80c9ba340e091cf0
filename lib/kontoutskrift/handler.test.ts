import assert from "node:assert/strict";
import { describe, test } from "node:test";
import ExcelJS from "exceljs";
import pino from "pino";
import type { Access } from "../auth/types";
import { KravOgBetalingerError } from "../kravogbetalinger/errors";
import type { Periode } from "../kravogbetalinger/model";
import { oversetter } from "../i18n/oversetter";
import { meldinger } from "../tekster";
import { NULL_TOTAL, seedInnbetalinger, seedKrav } from "./fixtures";
import { haandterKontoutskrift, type FeilSvar, type KontoutskriftAvhengigheter } from "./handler";

const ACCESS: Access = {
  person: { pid: "24817510260", name: "Kari Nordmann" },
  party: { orgnr: "313367002", name: "Nordmann Eplepress ENK", unitType: "ENK", parentOrgnr: null, isDeleted: false },
  parties: [],
};
const NAA = new Date("2026-11-26T10:00:00Z");
const t = oversetter("nb", "kontoutskrift");
const nb = meldinger.nb.kontoutskrift;

function oppsett(over: Partial<KontoutskriftAvhengigheter> = {}) {
  const kall: string[] = [];
  const periodeFor = (p: Periode) => `${p.fraOgMed}..${p.tilOgMed}`;
  const deps: KontoutskriftAvhengigheter = {
    spraak: "nb",
    sjekkTilgang: async () => ({ ok: true, access: ACCESS }),
    hentAapnekrav: async (orgnr) => {
      kall.push(`aapnekrav ${orgnr}`);
      return { partIdentifikator: orgnr, skjermet: false, harSummer: true, forkastet: 0, krav: [], uplasserteInnbetalinger: [], totalOversikt: { ...NULL_TOTAL, sumForfalteKrav: 448600 }, oversiktPerKravgruppe: [] };
    },
    hentKrav: async (orgnr, periode) => {
      kall.push(`krav ${periodeFor(periode)}`);
      return { partIdentifikator: orgnr, periode, skjermet: false, forkastet: 0, krav: seedKrav() };
    },
    hentInnbetalinger: async (orgnr, periode) => {
      kall.push(`innbetalinger ${periodeFor(periode)}`);
      return { partIdentifikator: orgnr, periode, skjermet: false, forkastet: 0, innbetalinger: seedInnbetalinger() };
    },
    hentUtbetalinger: async (orgnr, periode) => {
      kall.push(`utbetalinger ${periodeFor(periode)}`);
      return { partIdentifikator: orgnr, periode, skjermet: false, forkastet: 0, utbetalinger: [] };
    },
    logger: pino({ level: "silent" }),
    naa: () => NAA,
    ...over,
  };
  return { deps, kall };
}

const url = (query: string) => new Request(`http://localhost/api/part/313367002/kontoutskrift?${query}`);

describe("kontoutskrift route", () => {
  test("without a session or access: the guard's answer, and no upstream call", async () => {
    for (const status of [401, 403]) {
      const { deps, kall } = oppsett({ sjekkTilgang: async () => ({ ok: false, response: Response.json({ status }, { status }) }) });
      const res = await haandterKontoutskrift(url("fraOgMed=2024-01-01&tilOgMed=2024-12-31"), "313367002", deps);
      assert.equal(res.status, status);
      assert.deepEqual(kall, []);
    }
  });

  const ugyldige: [string, string][] = [
    ["fraOgMed=2024-06-02&tilOgMed=2024-06-01", nb.feil.fraEtterTil],
    ["fraOgMed=2026-01-01&tilOgMed=2026-12-31", nb.feil.iFremtiden],
    ["fraOgMed=2017-01-01&tilOgMed=2017-12-31", t("feil.foerTidligste", { dato: "01.01.2018" })],
    ["fraOgMed=2024-01-01", t("feil.ugyldigDato", { felt: nb.skjema.tilOgMed })],
    ["fraOgMed=2024-13-01&tilOgMed=2024-12-31", t("feil.ugyldigDato", { felt: nb.skjema.fraOgMed })],
    ["fraOgMed=2024-01-01&tilOgMed=2024-12-31&ark=krav,passord", nb.feil.ukjentArk],
    ["fraOgMed=2024-01-01&tilOgMed=2024-12-31&ark=", nb.feil.ingenArk],
  ];
  for (const [query, melding] of ugyldige) {
    test(`400 with a clear message and no upstream call: ${query}`, async () => {
      const { deps, kall } = oppsett();
      const res = await haandterKontoutskrift(url(query), "313367002", deps);
      assert.equal(res.status, 400);
      const body = (await res.json()) as FeilSvar;
      assert.ok(body.melding.includes(melding), body.melding);
      assert.equal(body.feil.type, "input");
      assert.deepEqual(kall, []);
    });
  }

  test("more than 10 years is refused (checked against a later today)", async () => {
    const { deps, kall } = oppsett({ naa: () => new Date("2031-06-01T10:00:00Z") });
    const res = await haandterKontoutskrift(url("fraOgMed=2018-01-01&tilOgMed=2028-01-01"), "313367002", deps);
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as FeilSvar).melding, nb.feil.forLang);
    assert.deepEqual(kall, []);
  });

  test("streams the workbook for the whole period, named after party and period, made by the person's name", async () => {
    const { deps, kall } = oppsett();
    const res = await haandterKontoutskrift(url("fraOgMed=2019-01-01&tilOgMed=2021-12-31"), "313367002", deps);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-disposition"), 'attachment; filename="kontoutskrift-313367002-2019-01-01-2021-12-31.xlsx"');
    assert.deepEqual(kall.sort(), ["aapnekrav 313367002", "innbetalinger 2019-01-01..2021-12-31", "krav 2019-01-01..2021-12-31", "utbetalinger 2019-01-01..2021-12-31"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const gjelder = wb.getWorksheet(nb.fil.ark.gjelder)!;
    const verdier: unknown[] = [];
    gjelder.eachRow((row) => verdier.push(row.getCell(1).value, row.getCell(2).value));
    assert.ok(verdier.includes("Kari Nordmann"));
    assert.ok(verdier.includes(448600));
    assert.ok(!verdier.includes("24817510260"), "never the pid");
    assert.equal(wb.getWorksheet(nb.fil.ark.krav)!.rowCount, 1 + 12 + 1);
  });

  test("in the request's language: the messages, the file name and the workbook", async () => {
    const en = meldinger.en.kontoutskrift;
    const feil = await haandterKontoutskrift(url("fraOgMed=2024-06-02&tilOgMed=2024-06-01"), "313367002", { ...oppsett().deps, spraak: "en" });
    assert.equal(((await feil.json()) as FeilSvar).melding, en.feil.fraEtterTil);
    const nn = await haandterKontoutskrift(url("fraOgMed=2024-01-01&tilOgMed=2024-12-31&ark="), "313367002", { ...oppsett().deps, spraak: "nn" });
    assert.equal(((await nn.json()) as FeilSvar).melding, meldinger.nn.kontoutskrift.feil.ingenArk);

    const res = await haandterKontoutskrift(url("fraOgMed=2019-01-01&tilOgMed=2021-12-31"), "313367002", { ...oppsett().deps, spraak: "en" });
    assert.equal(res.headers.get("content-disposition"), 'attachment; filename="account-statement-313367002-2019-01-01-2021-12-31.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    assert.deepEqual(
      wb.worksheets.map((ws) => ws.name),
      [en.fil.ark.gjelder, en.fil.ark.krav, en.fil.ark.utbetalinger, en.fil.ark.transaksjoner, en.fil.ark.motregning],
    );
    assert.equal(wb.getWorksheet(en.fil.ark.krav)!.getRow(1).getCell(1).value, "Year");
  });

  test("takes the dates as the form sends them without JavaScript (dd.mm.yyyy, one ark per box)", async () => {
    const { deps, kall } = oppsett();
    const res = await haandterKontoutskrift(url("fraOgMed=01.01.2024&tilOgMed=31.12.2024&ark=krav&ark=motregning"), "313367002", deps);
    assert.equal(res.status, 200);
    await res.arrayBuffer();
    assert.deepEqual(kall.sort(), ["aapnekrav 313367002", "innbetalinger 2024-01-01..2024-12-31", "krav 2024-01-01..2024-12-31"]);
  });

  test("fetches only what the chosen sheets need", async () => {
    const { deps, kall } = oppsett();
    const res = await haandterKontoutskrift(url("fraOgMed=2024-01-01&tilOgMed=2024-12-31&ark=utbetalinger"), "313367002", deps);
    await res.arrayBuffer();
    assert.deepEqual(kall.sort(), ["aapnekrav 313367002", "utbetalinger 2024-01-01..2024-12-31"]);
  });

  test("an upstream failure gives the korrelasjonsid and a status that says what kind, never a 500", async () => {
    const feil = new KravOgBetalingerError({ type: "upstream", message: "KB-002", status: 500, kode: "KB-002", korrelasjonsid: "3f1c2d7e-0000-4000-8000-000000000001" });
    const { deps } = oppsett({ hentKrav: async () => Promise.reject(feil) });
    const res = await haandterKontoutskrift(url("fraOgMed=2024-01-01&tilOgMed=2024-12-31"), "313367002", deps);
    assert.equal(res.status, 503);
    const body = (await res.json()) as FeilSvar;
    assert.equal(body.feil.korrelasjonsid, "3f1c2d7e-0000-4000-8000-000000000001");
    assert.equal(body.feil.kode, "KB-002");
    assert.equal(body.melding, nb.feil.midlertidig);

    const ingen = new KravOgBetalingerError({ type: "upstream", message: "KB-009", status: 404, kode: "KB-009", korrelasjonsid: "k" });
    const res404 = await haandterKontoutskrift(url("fraOgMed=2024-01-01&tilOgMed=2024-12-31"), "313367002", oppsett({ hentAapnekrav: async () => Promise.reject(ingen) }).deps);
    assert.equal(res404.status, 404);
    assert.equal(((await res404.json()) as FeilSvar).melding, nb.feil.ingenData);

    const tid = new KravOgBetalingerError({ type: "timeout", message: "timeout" });
    const res504 = await haandterKontoutskrift(url("fraOgMed=2024-01-01&tilOgMed=2024-12-31"), "313367002", oppsett({ hentUtbetalinger: async () => Promise.reject(tid) }).deps);
    assert.equal(res504.status, 504);
  });
});
