import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { describe, test } from "node:test";
import ExcelJS from "exceljs";
import { SEED_ORGNR } from "../../dev/testdata/parties";
import { meldinger } from "../tekster";
import type { KontoutskriftGrunnlag } from "./ark";
import { SEED_RADER } from "./fixtures";
import { ARK_VALG } from "./periode";
import { skrivKontoutskrift } from "./skriv";
import { forventet, standInData } from "./standin-fixtures";

/** Statements built from the API stand-in's data, as the route gets it through the client. */

const t = meldinger.nb.kontoutskrift.fil;
const PERIODE = { fraOgMed: "2019-01-01", tilOgMed: "2021-12-31" };

async function bygg(orgnr: string, navn: string, periode = PERIODE) {
  const data = standInData(orgnr, periode);
  const g: KontoutskriftGrunnlag = {
    spraak: "nb",
    part: { orgnr, navn },
    periode,
    laget: { tidspunkt: new Date(), av: "Kari Nordmann" },
    totalOversikt: data.aapne.totalOversikt,
    skjermet: data.aapne.skjermet,
    krav: data.krav,
    innbetalinger: data.innbetalinger,
    utbetalinger: data.utbetalinger,
    ark: [...ARK_VALG],
  };
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await skrivKontoutskrift(g, out);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return { wb, data, venter: forventet(data, periode) };
}

const dmy = (v: ExcelJS.CellValue) =>
  v instanceof Date ? `${String(v.getUTCDate()).padStart(2, "0")}.${String(v.getUTCMonth() + 1).padStart(2, "0")}.${v.getUTCFullYear()}` : v;

function rader(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const out: ExcelJS.CellValue[][] = [];
  ws.eachRow((row, n) => {
    const verdier = Array.from({ length: ws.columnCount }, (_, i) => dmy(row.getCell(i + 1).value) ?? null);
    if (n > 1 && !verdier.includes(t.sum)) out.push(verdier);
  });
  return out;
}

function sum(ws: ExcelJS.Worksheet, kolonne: number): number | undefined {
  let verdi: number | undefined;
  ws.eachRow((row) => {
    const v = row.getCell(kolonne).value as ExcelJS.CellFormulaValue | null;
    if (v && typeof v === "object" && "formula" in v) verdi = v.result as number;
  });
  return verdi;
}

describe("kontoutskrift from the stand-in's data", () => {
  test("the seed party 2019-2021 has the seed's kontoutskrift rows, in the seed's order", async () => {
    const { wb } = await bygg(SEED_ORGNR, "Nordmann Eplepress ENK");
    const krav = rader(wb.getWorksheet(t.ark.krav)!);
    // The seed's columns that do not change with the day the statement is made: År, Periode,
    // Kravgruppe, Kravbeskrivelse, Dato, Debet/Kredit, Innbetalt fra, KID. (Restbeløp and renter
    // are "per" that day; the payment's type text and the masking character are the API's.)
    const noekkel = (r: (string | number | null | ExcelJS.CellValue)[]) => {
      const innbetaling = typeof r[3] === "string" && r[3].startsWith("Innbetaling");
      const fra = typeof r[9] === "string" ? r[9].replace(/[x*]/g, "*") : r[9];
      return JSON.stringify([r[0], r[1], r[2], innbetaling ? "Innbetaling" : r[3], r[4], r[5], fra, r[10]]);
    };
    const faktisk = krav.map(noekkel);
    let fra = 0;
    for (const seedRad of SEED_RADER) {
      const i = faktisk.indexOf(noekkel(seedRad), fra);
      assert.ok(i >= fra, `seed row missing or out of order: ${noekkel(seedRad)}`);
      fra = i + 1;
    }
  });

  test("row counts and sums match the data, on every sheet", async () => {
    const { wb, venter } = await bygg(SEED_ORGNR, "Nordmann Eplepress ENK");
    const krav = wb.getWorksheet(t.ark.krav)!;
    assert.equal(rader(krav).length, venter.kravRader);
    assert.equal(sum(krav, 6), venter.kravDebetKredit);
    const transaksjoner = wb.getWorksheet(t.ark.transaksjoner)!;
    assert.equal(rader(transaksjoner).length, venter.transaksjonRader);
    assert.equal(sum(transaksjoner, 8), venter.innbetalt);
    const utbetalinger = wb.getWorksheet(t.ark.utbetalinger)!;
    assert.equal(rader(utbetalinger).length, venter.utbetalingRader);
    assert.equal(sum(utbetalinger, 5), venter.utbetalt);
    const motregning = wb.getWorksheet(t.ark.motregning)!;
    assert.equal(rader(motregning).length, venter.motregningRader);
    assert.ok(venter.motregningRader > 0, "the seed story has an offset (VAT refund on restskatt 2018)");
    assert.equal(sum(motregning, 9), venter.motregnet);
  });

  test("accounts paid from are masked as the API gives them", async () => {
    const { wb } = await bygg(SEED_ORGNR, "Nordmann Eplepress ENK");
    const fra = rader(wb.getWorksheet(t.ark.krav)!)
      .map((r) => r[9])
      .filter((v): v is string => typeof v === "string");
    assert.ok(fra.length > 0);
    for (const konto of fra) assert.match(konto, /^[x*]+\d{4,5}$/, konto);
  });
});
