import ExcelJS from "exceljs";
import type { Writable } from "node:stream";
import { oversetter } from "../i18n/oversetter";
import type { Spraak } from "../i18n/spraak";
import { PAUSE, dataArk, gjelderRader, type ArkDefinisjon, type Celle, type KolonneType, type KontoutskriftGrunnlag } from "./ark";

/**
 * Writes the kontoutskrift as .xlsx to a stream with exceljs's streaming writer: rows go out as
 * they are made, so a big statement starts downloading at once and memory stays flat.
 * The tuning (see bench/kontoutskrift.ts): no shared strings; one shared style object per kind
 * of cell (exceljs remembers a style object's id, so each cell costs a lookup); and a pause
 * every few rows that lets the zip deflate catch up and waits while the output is full,
 * since exceljs's commit() never applies backpressure itself.
 */

/**
 * Amounts: the reader's own thousands separator and decimal sign (Excel and LibreOffice show
 * "#,##0.00" as "448 600,00" in a Norwegian locale, "448,600.00" in a British one; a literal
 * "# ##0,00" loses the decimals). Dates and times: cells that hold dates, shown the way the
 * statement's language writes them (dd.mm.yyyy in Norwegian, dd/mm/yyyy in British English).
 */
export const BELOEP_FORMAT = "#,##0.00";
export const DATO_FORMAT: Record<Spraak, string> = { nb: "dd.mm.yyyy", nn: "dd.mm.yyyy", en: "dd/mm/yyyy" };
export const TIDSPUNKT_FORMAT: Record<Spraak, string> = { nb: "dd.mm.yyyy hh:mm", nn: "dd.mm.yyyy hh:mm", en: "dd/mm/yyyy hh:mm" };

type Stil = Partial<ExcelJS.Style>;
const fet: Partial<ExcelJS.Font> = { bold: true };
const STIL_OVERSKRIFT: Stil = { font: fet, alignment: { vertical: "top", wrapText: true } };

/** One set of style objects per language, made once: exceljs looks a style up by the object. */
function lagStiler(spraak: Spraak) {
  const dato = DATO_FORMAT[spraak];
  return {
    celle: { tekst: {}, dato: { numFmt: dato }, beloep: { numFmt: BELOEP_FORMAT }, heltall: { numFmt: "0" } } satisfies Record<KolonneType, Stil>,
    sum: {
      tekst: { font: fet },
      dato: { font: fet, numFmt: dato },
      beloep: { font: fet, numFmt: BELOEP_FORMAT },
      heltall: { font: fet, numFmt: "0" },
    } satisfies Record<KolonneType, Stil>,
    gjelder: {
      etikett: { font: fet, alignment: { vertical: "top" } } satisfies Stil,
      tittel: { font: { bold: true, size: 14 } } satisfies Stil,
      tekst: { alignment: { vertical: "top", wrapText: true } } satisfies Stil,
      tidspunkt: { numFmt: TIDSPUNKT_FORMAT[spraak], alignment: { horizontal: "left" } } satisfies Stil,
      dato: { numFmt: dato, alignment: { horizontal: "left" } } satisfies Stil,
    },
  };
}
const STILER: Record<Spraak, ReturnType<typeof lagStiler>> = { nb: lagStiler("nb"), nn: lagStiler("nn"), en: lagStiler("en") };

/** "2024-03-15" -> a date cell value (UTC midnight: spreadsheets have no time zones). */
function datoCelle(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

export class AvbruttError extends Error {
  constructor() {
    super("mottakeren lukket strømmen");
    this.name = "AvbruttError";
  }
}

/** Yields to the event loop every `hver` rows and waits while the output asks for it (drain). */
export class Takt {
  private teller = 0;
  constructor(
    private readonly output: Writable,
    private readonly hver: number,
    private readonly fremdrift?: (rader: number) => void,
  ) {}

  async rad(): Promise<void> {
    if (++this.teller % this.hver === 0) await this.pause();
  }

  async pause(): Promise<void> {
    this.fremdrift?.(this.teller);
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.output.writableNeedDrain && !this.output.destroyed) {
      await new Promise<void>((resolve) => {
        const ferdig = () => {
          this.output.off("drain", ferdig);
          this.output.off("close", ferdig);
          resolve();
        };
        this.output.on("drain", ferdig);
        this.output.on("close", ferdig);
      });
    }
    if (this.output.destroyed) throw new AvbruttError();
  }
}

export type SkrivValg = {
  /** Rows between pauses (default 50). */
  radPerPause?: number;
  /** Told the number of data rows written so far, at every pause. */
  fremdrift?: (rader: number) => void;
};

/** Writes the whole workbook to `output` and ends it. Rejects (AvbruttError) if `output` is closed early. */
export async function skrivKontoutskrift(g: KontoutskriftGrunnlag, output: Writable, valg: SkrivValg = {}): Promise<void> {
  const takt = new Takt(output, valg.radPerPause ?? 50, valg.fremdrift);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  wb.creator = oversetter(g.spraak, "kontoutskrift")("fil.gjelder.tittel");
  wb.created = g.laget.tidspunkt;
  skrivGjelder(wb, g);
  // Let the first bytes (theme, first sheet) out before the big sheets are sorted and written.
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  for (const ark of dataArk(g)) await skrivArk(wb, ark, takt, g.spraak);
  await wb.commit();
}

function skrivGjelder(wb: ExcelJS.stream.xlsx.WorkbookWriter, g: KontoutskriftGrunnlag) {
  const ws = wb.addWorksheet(oversetter(g.spraak, "kontoutskrift")("fil.ark.gjelder"));
  ws.columns = [{ width: 44 }, { width: 90 }];
  const { celle: stil, gjelder: stilGjelder } = STILER[g.spraak];
  for (const rad of gjelderRader(g)) {
    const row = ws.addRow([]);
    const a = row.getCell(1);
    a.value = rad.etikett || null;
    a.style = rad.type === "overskrift" ? stilGjelder.tittel : stilGjelder.etikett;
    if (rad.verdi !== null) {
      const b = row.getCell(2);
      if (rad.type === "dato" && typeof rad.verdi === "string") {
        b.value = datoCelle(rad.verdi);
        b.style = stilGjelder.dato;
      } else if (rad.type === "tidspunkt") {
        b.value = rad.verdi;
        b.style = stilGjelder.tidspunkt;
      } else {
        b.value = rad.verdi;
        b.style = typeof rad.verdi === "number" ? stil[rad.type as KolonneType] ?? {} : stilGjelder.tekst;
      }
    }
    row.commit();
  }
  ws.commit();
}

/** One data sheet: the header row, the rows, and a sum row (or a line saying there are no rows). In `spraak`. */
export async function skrivArk(wb: ExcelJS.stream.xlsx.WorkbookWriter, ark: ArkDefinisjon, takt: Takt, spraak: Spraak) {
  const { kolonner } = ark;
  const t = oversetter(spraak, "kontoutskrift");
  const { celle: stil, sum: stilSum } = STILER[spraak];
  const ws = wb.addWorksheet(ark.navn, { views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }] });
  ws.columns = kolonner.map((k) => ({ width: k.bredde }));

  const header = ws.addRow(kolonner.map((k) => k.overskrift));
  header.eachCell((cell) => (cell.style = STIL_OVERSKRIFT));
  header.commit();

  const stiler = kolonner.map((k) => stil[k.type]);
  const summer = kolonner.map(() => 0);
  let antall = 0;
  for (const verdier of ark.rader()) {
    if (verdier === PAUSE) {
      await takt.pause();
      continue;
    }
    const row = ws.addRow([]);
    for (let i = 0; i < kolonner.length; i++) {
      const v: Celle | undefined = verdier[i];
      if (v === null || v === undefined || v === "") continue;
      const cell = row.getCell(i + 1);
      const type = kolonner[i]!.type;
      if (type === "dato" && typeof v === "string") cell.value = datoCelle(v);
      else cell.value = v;
      cell.style = stiler[i]!;
      if (typeof v === "number") summer[i]! += v;
    }
    row.commit();
    antall++;
    await takt.rad();
  }

  const sisteDatarad = antall + 1;
  if (antall === 0) {
    const row = ws.addRow([t("fil.ingenRader")]);
    row.commit();
  } else if (kolonner.some((k) => k.sum)) {
    const row = ws.addRow([]);
    const foersteTekst = kolonner.findIndex((k, i) => !k.sum && (i === 0 || k.type === "tekst"));
    row.getCell(foersteTekst + 1).value = t("fil.sum");
    row.getCell(foersteTekst + 1).style = stilSum.tekst;
    kolonner.forEach((k, i) => {
      if (!k.sum) return;
      const kolonne = ws.getColumn(i + 1).letter;
      const cell = row.getCell(i + 1);
      cell.value = { formula: `SUBTOTAL(9,${kolonne}2:${kolonne}${sisteDatarad})`, result: Math.round(summer[i]! * 100) / 100 };
      cell.style = stilSum[k.type];
    });
    row.commit();
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sisteDatarad), column: kolonner.length } };
  ws.commit();
}
