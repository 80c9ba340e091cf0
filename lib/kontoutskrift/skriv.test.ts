import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { inflateRawSync } from "node:zlib";
import { describe, test } from "node:test";
import ExcelJS from "exceljs";
import { oversetter } from "../i18n/oversetter";
import { meldinger } from "../tekster";
import type { KontoutskriftGrunnlag } from "./ark";
import {
  SEED_RADER,
  lagForfall,
  lagGrunnlag,
  lagInnbetaling,
  lagKrav,
  lagMotkrav,
  lagPlassering,
  lagUtbetaling,
  seedInnbetalinger,
  seedKrav,
} from "./fixtures";
import { BELOEP_FORMAT, DATO_FORMAT, TIDSPUNKT_FORMAT, skrivKontoutskrift } from "./skriv";

const t = meldinger.nb.kontoutskrift.fil;

async function bygg(g: KontoutskriftGrunnlag): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await skrivKontoutskrift(g, out, { radPerPause: 3 });
  return Buffer.concat(chunks);
}

async function les(g: KontoutskriftGrunnlag): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await bygg(g)) as unknown as ArrayBuffer);
  return wb;
}

function ark(wb: ExcelJS.Workbook, navn: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(navn);
  assert.ok(ws, `arket ${navn} finnes`);
  return ws;
}

/** A row's values as the seed's screenshot shows them: dates dd.mm.yyyy, blanks null. */
function somSkjermbilde(row: ExcelJS.Row, kolonner: number): (string | number | null)[] {
  return Array.from({ length: kolonner }, (_, i) => {
    const v = row.getCell(i + 1).value;
    if (v instanceof Date) return `${String(v.getUTCDate()).padStart(2, "0")}.${String(v.getUTCMonth() + 1).padStart(2, "0")}.${v.getUTCFullYear()}`;
    return (v as string | number | null) ?? null;
  });
}

function dataRader(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rader: ExcelJS.Row[] = [];
  ws.eachRow((row, n) => {
    if (n > 1 && row.getCell(1).value !== t.sum) rader.push(row);
  });
  return rader.filter((r) => !somSkjermbilde(r, ws.columnCount).includes(t.sum));
}

function sumRad(ws: ExcelJS.Worksheet): ExcelJS.Row {
  let funnet: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.value === t.sum) funnet = row;
    });
  });
  assert.ok(funnet, `sumrad i ${ws.name}`);
  return funnet;
}

/**
 * The seed's screenshot is a statement for 2019 up to 28.02.2021, made that day: the fixture's
 * remainders and interest are the API's on that day, so the period's end is "today".
 */
const SEED_PERIODE = { fraOgMed: "2019-01-01", tilOgMed: "2021-02-28" };
const seed = () =>
  lagGrunnlag({ krav: seedKrav(), innbetalinger: seedInnbetalinger(), periode: SEED_PERIODE, laget: { tidspunkt: new Date("2021-02-28T15:00:00Z"), av: "Kari Nordmann" } });

describe("kontoutskrift: the workbook", () => {
  test("has the seed's sheet tabs in the seed's order, and only those asked for", async () => {
    const alle = await les(seed());
    assert.deepEqual(
      alle.worksheets.map((ws) => ws.name),
      [t.ark.gjelder, t.ark.krav, t.ark.utbetalinger, t.ark.transaksjoner, t.ark.motregning],
    );
    const noen = await les(lagGrunnlag({ ark: ["motregning", "krav"] }));
    assert.deepEqual(
      noen.worksheets.map((ws) => ws.name),
      [t.ark.gjelder, t.ark.krav, t.ark.motregning],
    );
  });

  test("Krav has the seed's columns, the period's end in the Restbeløp header, and today's remainder last", async () => {
    const ws = ark(await les(seed()), t.ark.krav);
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), [
      "År",
      "Periode",
      "Kravgruppe",
      "Kravbeskrivelse",
      "Dato",
      "Debet (+)/Kredit (-)",
      "Restbeløp per 28.02.2021",
      "Påløpte renter per 28.02.2021",
      "Fastsettingsmåte",
      "Innbetalt fra",
      "KID",
      "Innbetalt til",
      "Restbeløp i dag (28.02.2021)",
    ]);
    const senere = ark(await les(lagGrunnlag()), t.ark.krav);
    assert.deepEqual([senere.getRow(1).getCell(7).value, senere.getRow(1).getCell(8).value, senere.getRow(1).getCell(13).value], [
      "Restbeløp per 31.12.2021",
      "Påløpte renter per 31.12.2021",
      "Restbeløp i dag (26.11.2026)",
    ]);
  });

  test("reproduces the seed's kontoutskrift rows, one per due date, the payment as a credit", async () => {
    const ws = ark(await les(seed()), t.ark.krav);
    assert.deepEqual(
      dataRader(ws).map((r) => somSkjermbilde(r, 12)),
      SEED_RADER,
    );
  });

  test("amounts are numbers with a Norwegian number format, dates are dates, KID and orgnr are text", async () => {
    const wb = await les(seed());
    const ws = ark(wb, t.ark.krav);
    const rad = ws.getRow(2);
    assert.equal(typeof rad.getCell(6).value, "number");
    assert.equal(rad.getCell(6).numFmt, BELOEP_FORMAT);
    assert.equal(rad.getCell(7).numFmt, BELOEP_FORMAT);
    assert.ok(rad.getCell(5).value instanceof Date);
    assert.equal(rad.getCell(5).numFmt, DATO_FORMAT.nb);
    assert.equal(rad.getCell(11).type, ExcelJS.ValueType.String);
    assert.equal(rad.getCell(11).value, "7904907195215180016");
    const gjelder = ark(wb, t.ark.gjelder);
    const orgnr = finnVerdi(gjelder, t.gjelder.orgnr);
    assert.equal(orgnr, "313367002");
  });

  test("header rows are bold and frozen, with filters over the data", async () => {
    const wb = await les(seed());
    for (const navn of [t.ark.krav, t.ark.utbetalinger, t.ark.transaksjoner, t.ark.motregning]) {
      const ws = ark(wb, navn);
      assert.equal(ws.getRow(1).getCell(1).font?.bold, true, navn);
      assert.equal(ws.views[0]?.state, "frozen", navn);
      assert.equal((ws.views[0] as ExcelJS.WorksheetViewFrozen).ySplit, 1, navn);
      assert.ok(ws.autoFilter, `filter på ${navn}`);
      assert.ok((ws.getColumn(4).width ?? 0) >= 10, `kolonnebredde på ${navn}`);
    }
    assert.equal(ark(wb, t.ark.krav).autoFilter, "A1:M13");
  });

  test("the sum row sums the data, and keeps a formula that follows the filter", async () => {
    const ws = ark(await les(seed()), t.ark.krav);
    const sum = sumRad(ws);
    const debet = sum.getCell(6).value as ExcelJS.CellFormulaValue;
    const forventet = SEED_RADER.reduce((s, r) => s + (r[5] as number), 0);
    assert.equal(debet.result, forventet);
    assert.equal(debet.formula, "SUBTOTAL(9,F2:F13)");
    const rest = sum.getCell(7).value as ExcelJS.CellFormulaValue;
    assert.equal(rest.result, SEED_RADER.reduce((s, r) => s + (r[6] as number), 0));
  });

  test("Kontoutskrift gjelder: who, period, made when and by whom (a name, never the pid), the totals, the 3-day note", async () => {
    const g = lagGrunnlag({
      totalOversikt: { sumForfalteKrav: 448600, sumIkkeForfalteKrav: 1200.5, sumStipulerteRenter: 1574, sumUplasserteInnbetalinger: 300, saldo: 450000.5 },
      laget: { tidspunkt: new Date("2026-06-30T22:15:00Z"), av: "Kari Nordmann" },
    });
    const ws = ark(await les(g), t.ark.gjelder);
    assert.equal(finnVerdi(ws, t.gjelder.virksomhet), "Nordmann Eplepress ENK");
    assert.deepEqual(finnVerdi(ws, t.gjelder.fraOgMed), new Date(Date.UTC(2019, 0, 1)));
    assert.deepEqual(finnVerdi(ws, t.gjelder.tilOgMed), new Date(Date.UTC(2021, 11, 31)));
    // 22:15 UTC on 30 June is 00:15 on 1 July in Oslo.
    assert.deepEqual(finnVerdi(ws, t.gjelder.laget), new Date(Date.UTC(2026, 6, 1, 0, 15)));
    assert.equal(finnVerdi(ws, t.gjelder.lagetAv), "Kari Nordmann");
    assert.equal(finnVerdi(ws, t.gjelder.forfalt), 448600);
    assert.equal(finnVerdi(ws, t.gjelder.ikkeForfalt), 1200.5);
    assert.equal(finnVerdi(ws, t.gjelder.renter), 1574);
    assert.equal(finnVerdi(ws, t.gjelder.saldo), 450000.5);
    assert.ok(alleTekster(ws).some((s) => s.includes("3 virkedager")));
    assert.ok(alleTekster(ws).includes(oversetter("nb", "kontoutskrift")("fil.gjelder.summerOverskrift", { dato: "01.07.2026" })));
    assert.ok(!alleTekster(ws).some((s) => /\d{11}/.test(s)), "no 11-digit number (pid) anywhere");
  });

  test("a screened party gets the notice", async () => {
    const ws = ark(await les(lagGrunnlag({ skjermet: true })), t.ark.gjelder);
    assert.ok(alleTekster(ws).includes(t.gjelder.skjermet));
  });

  test("Transaksjoner: each payment and where it was used, in date order; paid = used + unplaced", async () => {
    const g = lagGrunnlag({
      periode: { fraOgMed: "2023-01-01", tilOgMed: "2023-12-31" },
      innbetalinger: [
        lagInnbetaling({
          innbetalingsdato: "2023-10-18",
          innbetaltBeloep: 315000,
          uplassertBeloep: 12566,
          innbetaltFraKonto: "xxxxx13531",
          plasseringer: [
            lagPlassering({ benyttetBeloep: 300000, beskrivelse: "Restskatt 2022", plassertDato: "2023-10-20", forfallsdato: "2023-09-01" }),
            lagPlassering({ benyttetBeloep: 2434, beskrivelse: "Forsinkelsesrente", plassertDato: "2023-10-19", forfallsdato: "2023-11-02" }),
          ],
        }),
        lagInnbetaling({ innbetalingsdato: "2023-02-01", innbetaltBeloep: 1000, uplassertBeloep: 1000, innbetaltFraKonto: "******43210" }),
      ],
    });
    const ws = ark(await les(g), t.ark.transaksjoner);
    const rader = dataRader(ws).map((r) => somSkjermbilde(r, 13));
    assert.deepEqual(
      rader.map((r) => [r[0], r[1], r[2]]),
      [
        ["01.02.2023", t.transaksjoner.innbetaling, "Innbetalt OCR"],
        ["18.10.2023", t.transaksjoner.innbetaling, "Innbetalt OCR"],
        ["18.10.2023", t.transaksjoner.plassering, "Forsinkelsesrente"],
        ["18.10.2023", t.transaksjoner.plassering, "Restskatt 2022"],
      ],
    );
    // The account paid from, masked as the API gives it.
    assert.deepEqual(
      rader.map((r) => r[10]),
      ["******43210", "xxxxx13531", null, null],
    );
    const sum = sumRad(ws);
    const v = (c: number) => (sum.getCell(c).value as ExcelJS.CellFormulaValue).result;
    assert.equal(v(8), 316000);
    assert.equal(v(9), 302434);
    assert.equal(v(10), 13566);
    assert.equal(v(8), (v(9) as number) + (v(10) as number));
  });

  test("Krav: payments are credits (negative), claims with several due dates give one row each", async () => {
    const g = lagGrunnlag({
      periode: { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" },
      krav: [
        lagKrav({
          beskrivelse: "Utskrevet forskuddsskatt, person - 2024",
          aar: 2024,
          periode: "2024",
          forfall: ["2024-03-15", "2024-05-15", "2024-09-16", "2024-11-15"].map((d) => lagForfall({ forfallsdato: d, opprinneligBeloep: 112150 })),
        }),
        lagKrav({ beskrivelse: "Tilgode mva", kravgruppe: "Merverdiavgift", forfall: [lagForfall({ forfallsdato: "2024-04-10", opprinneligBeloep: -5000 })] }),
      ],
      innbetalinger: [lagInnbetaling({ innbetalingsdato: "2024-03-15", innbetaltBeloep: 112150 })],
    });
    const rader = dataRader(ark(await les(g), t.ark.krav)).map((r) => somSkjermbilde(r, 12));
    assert.equal(rader.length, 6);
    assert.deepEqual(
      rader.map((r) => [r[4], r[5]]),
      [
        ["15.03.2024", 112150],
        ["15.03.2024", -112150],
        ["10.04.2024", -5000],
        ["15.05.2024", 112150],
        ["16.09.2024", 112150],
        ["15.11.2024", 112150],
      ],
    );
  });

  test("Utbetalinger: payouts with account, message and the credits behind them", async () => {
    const g = lagGrunnlag({
      periode: { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" },
      utbetalinger: [
        lagUtbetaling({
          utbetaltdato: "2024-05-02",
          utbetaltBeloep: 7000,
          melding: "Tilgode mva 2024/02",
          tilKonto: "xxxxxx18888",
          kreditKrav: [
            { kravforfallsIdentifikator: "k1", beskrivelse: "Mva-melding", kravtype: "MVA", periode: "2024/02", opprinneligBeloep: -10000, gjenstaaendeBeloep: 0, utbetaltBeloep: 7000, motregnetBeloep: 3000 },
          ],
        }),
      ],
    });
    const ws = ark(await les(g), t.ark.utbetalinger);
    const rader = dataRader(ws).map((r) => somSkjermbilde(r, 11));
    assert.deepEqual(rader, [
      ["02.05.2024", t.utbetalinger.utbetaling, null, null, 7000, null, null, null, "xxxxxx18888", "Tilgode mva 2024/02", "bekreftet"],
      ["02.05.2024", t.utbetalinger.tilgode, "Mva-melding", "2024/02", null, -10000, 7000, 3000, null, null, null],
    ]);
  });

  test("Motregning: every credit placed on a claim, with which credit, which claim, amount and date", async () => {
    const g = lagGrunnlag({
      periode: { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" },
      krav: [
        lagKrav({
          beskrivelse: "Restskatt 2023",
          periode: "2023",
          forfall: [
            lagForfall({
              forfallsdato: "2024-08-20",
              opprinneligBeloep: 5000,
              motkrav: [
                lagMotkrav({ benyttetBeloep: 3000, plassertDato: "2024-05-02", beskrivelse: "Mva-melding", periode: "2024/02", forfallsdato: "2024-04-10" }),
                lagMotkrav({ benyttetBeloep: 500, plassertDato: "2024-03-01", beskrivelse: "Tilgode skatt", periode: "2023", forfallsdato: "2024-02-01" }),
              ],
            }),
          ],
        }),
      ],
    });
    const ws = ark(await les(g), t.ark.motregning);
    const rader = dataRader(ws).map((r) => somSkjermbilde(r, 9));
    assert.deepEqual(rader, [
      ["01.03.2024", "Tilgode skatt", "2023", "01.02.2024", "Restskatt 2023", "Skatt", "2023", "20.08.2024", 500],
      ["02.05.2024", "Mva-melding", "2024/02", "10.04.2024", "Restskatt 2023", "Skatt", "2023", "20.08.2024", 3000],
    ]);
    assert.equal((sumRad(ws).getCell(9).value as ExcelJS.CellFormulaValue).result, 3500);
  });

  test("lists the due dates in the period only: a claim with terms in two years belongs to both statements, each term to one", async () => {
    const krav = lagKrav({
      beskrivelse: "Utskrevet forskuddsskatt, person - 2024",
      forfall: [lagForfall({ forfallsdato: "2024-11-15", opprinneligBeloep: 100 }), lagForfall({ forfallsdato: "2025-02-17", opprinneligBeloep: 200 })],
    });
    const i2024 = dataRader(ark(await les(lagGrunnlag({ krav: [krav], periode: { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" } })), t.ark.krav));
    const i2025 = dataRader(ark(await les(lagGrunnlag({ krav: [krav], periode: { fraOgMed: "2025-01-01", tilOgMed: "2025-12-31" } })), t.ark.krav));
    assert.deepEqual(
      i2024.map((r) => r.getCell(6).value),
      [100],
    );
    assert.deepEqual(
      i2025.map((r) => r.getCell(6).value),
      [200],
    );
  });

  test("an empty period says so instead of an empty sheet", async () => {
    const ws = ark(await les(lagGrunnlag()), t.ark.krav);
    assert.equal(ws.getRow(2).getCell(1).value, t.ingenRader);
  });

  test("a claim repeated by overlapping one-year windows is listed once", async () => {
    const krav = seedKrav();
    const ws = ark(await les(lagGrunnlag({ krav: [...krav, ...krav] })), t.ark.krav);
    assert.equal(dataRader(ws).length, SEED_RADER.length - 1);
  });

  test("the file has no shared strings table, and a handful of styles however many rows", async () => {
    const mange = lagGrunnlag({
      innbetalinger: Array.from({ length: 300 }, (_, i) =>
        lagInnbetaling({ innbetalingsdato: "2020-01-01", innbetaltBeloep: i + 1, plasseringer: [lagPlassering({ benyttetBeloep: i + 1, plassertDato: "2020-01-02" })] }),
      ),
    });
    const zip = lesZip(await bygg(mange));
    assert.ok(!zip.has("xl/sharedStrings.xml"));
    const sheet = zip.get("xl/worksheets/sheet4.xml") ?? "";
    assert.ok(sheet.includes("<c "), "Transaksjoner has cells");
    assert.ok(!/ t="s"/.test(sheet), "no shared-string cells");
    const antallStiler = Number(/<cellXfs count="(\d+)"/.exec(zip.get("xl/styles.xml") ?? "")?.[1]);
    assert.ok(antallStiler > 3 && antallStiler < 20, `cellXfs: ${antallStiler}`);
  });
});

describe("kontoutskrift: the workbook in nynorsk and English", () => {
  const medAlt = (spraak: "nn" | "en") =>
    lagGrunnlag({
      spraak,
      krav: seedKrav(),
      innbetalinger: seedInnbetalinger(),
      skjermet: true,
      utbetalinger: [lagUtbetaling({ utbetaltdato: "2020-05-02", utbetaltBeloep: 7000 })],
    });

  test("English: sheet names, every sheet's headers, the notes, and dates as en-GB writes them", async () => {
    const en = meldinger.en.kontoutskrift.fil;
    const wb = await les(medAlt("en"));
    assert.deepEqual(
      wb.worksheets.map((ws) => ws.name),
      ["About this statement", "Claims", "Payouts", "Transactions", "Set-off"],
    );
    const overskrifter = (navn: string) => (ark(wb, navn).getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(overskrifter("Claims"), [
      "Year",
      "Period",
      "Claim group",
      "Claim description",
      "Date",
      "Debit (+)/Credit (-)",
      "Remaining amount as of 31/12/2021",
      "Accrued interest as of 31/12/2021",
      "Assessment method",
      "Paid from",
      "KID",
      "Paid to",
      "Remaining amount today (26/11/2026)",
    ]);
    assert.deepEqual(overskrifter("Payouts").slice(0, 3), ["Payout date", "Transaction", "Description"]);
    assert.deepEqual(overskrifter("Transactions").slice(0, 3), ["Payment date", "Transaction", "Description"]);
    assert.deepEqual(overskrifter("Set-off").slice(0, 2), ["Date", "Credit (credit claim)"]);
    // The rows' own words, the sum row, and a sheet without rows.
    const krav = ark(wb, "Claims");
    assert.ok(alleTekster(krav).some((tekst) => /^Payment: /.test(tekst)), "a payment row says Payment");
    assert.ok(alleTekster(krav).includes(en.sum));
    assert.equal(ark(wb, "Payouts").getRow(2).getCell(2).value, "Payout");
    assert.equal(ark(wb, "Set-off").getRow(2).getCell(1).value, en.ingenRader);
    // Dates stay date cells, shown dd/mm/yyyy; amounts stay numbers.
    assert.ok(krav.getRow(2).getCell(5).value instanceof Date);
    assert.equal(krav.getRow(2).getCell(5).numFmt, "dd/mm/yyyy");
    assert.equal(krav.getRow(2).getCell(6).numFmt, BELOEP_FORMAT);

    const gjelder = ark(wb, "About this statement");
    assert.equal(finnVerdi(gjelder, "Business"), "Nordmann Eplepress ENK");
    assert.ok(finnVerdi(gjelder, "Period from") instanceof Date);
    assert.equal(finnCelle(gjelder, "Period from")?.numFmt, "dd/mm/yyyy");
    assert.equal(finnCelle(gjelder, "Created")?.numFmt, TIDSPUNKT_FORMAT.en);
    const tekster = alleTekster(gjelder);
    for (const tekst of [en.gjelder.tittel, "Status as of 26/11/2026", en.gjelder.skjermet, en.gjelder.innhold.krav, en.gjelder.innhold.motregning, en.gjelder.treVirkedager]) {
      assert.ok(tekster.includes(tekst), tekst);
    }
  });

  test("nynorsk: sheet names, every sheet's headers and the notes", async () => {
    const nn = meldinger.nn.kontoutskrift.fil;
    const wb = await les(medAlt("nn"));
    assert.deepEqual(
      wb.worksheets.map((ws) => ws.name),
      ["Kontoutskrift gjeld", "Krav", "Utbetalingar", "Transaksjonar", "Motrekning"],
    );
    const overskrifter = (navn: string) => (ark(wb, navn).getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(overskrifter("Krav").slice(3, 7), ["Kravskildring", "Dato", "Debet (+)/Kredit (-)", "Restbeløp per 31.12.2021"]);
    assert.deepEqual(overskrifter("Utbetalingar").slice(6, 8), ["Av dette utbetalt", "Av dette brukt til motrekning"]);
    assert.deepEqual(overskrifter("Transaksjonar").slice(8, 10), ["Brukt beløp", "Ikkje brukt per 31.12.2021"]);
    assert.deepEqual(overskrifter("Motrekning").slice(7), ["Forfallsdatoen til kravet", "Motrekna beløp"]);
    assert.equal(ark(wb, "Krav").getRow(2).getCell(5).numFmt, "dd.mm.yyyy");
    const tekster = alleTekster(ark(wb, "Kontoutskrift gjeld"));
    for (const tekst of [nn.gjelder.tittel, "Status per 26.11.2026", nn.gjelder.skjermet, nn.gjelder.innhold.utbetalinger, nn.gjelder.treVirkedager]) {
      assert.ok(tekster.includes(tekst), tekst);
    }
    assert.ok(finnVerdi(ark(wb, "Kontoutskrift gjeld"), "Verksemd"));
  });
});

function finnCelle(ws: ExcelJS.Worksheet, etikett: string): ExcelJS.Cell | undefined {
  let celle: ExcelJS.Cell | undefined;
  ws.eachRow((row) => {
    if (row.getCell(1).value === etikett) celle = row.getCell(2);
  });
  return celle;
}

function finnVerdi(ws: ExcelJS.Worksheet, etikett: string): ExcelJS.CellValue {
  let verdi: ExcelJS.CellValue = null;
  ws.eachRow((row) => {
    if (row.getCell(1).value === etikett) verdi = row.getCell(2).value;
  });
  return verdi;
}

function alleTekster(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && out.push(cell.value))));
  return out;
}

/** A zip's entries as text, read with zlib from its central directory (no zip library needed). */
function lesZip(buffer: Buffer): Map<string, string> {
  const entries = new Map<string, string>();
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = buffer.readUInt32LE(eocd + 16);
  while (buffer.readUInt32LE(p) === 0x02014b50) {
    const metode = buffer.readUInt16LE(p + 10);
    const komprimert = buffer.readUInt32LE(p + 20);
    const [n, m, k] = [buffer.readUInt16LE(p + 28), buffer.readUInt16LE(p + 30), buffer.readUInt16LE(p + 32)];
    const lokal = buffer.readUInt32LE(p + 42);
    const start = lokal + 30 + buffer.readUInt16LE(lokal + 26) + buffer.readUInt16LE(lokal + 28);
    const data = buffer.subarray(start, start + komprimert);
    entries.set(buffer.toString("utf8", p + 46, p + 46 + n), (metode === 8 ? inflateRawSync(data) : data).toString("utf8"));
    p += 46 + n + m + k;
  }
  return entries;
}
