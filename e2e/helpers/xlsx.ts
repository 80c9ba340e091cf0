import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";

/**
 * Reads a downloaded .xlsx with an independent reader: LibreOffice Calc, headless, converting
 * every sheet to CSV (the filter's last token, -1, means all sheets, one file per sheet).
 * Twice: once with the raw values (a date cell comes out as a date, 09/26/2019, a number as
 * 14607 or -2500; text comes out as typed) and once as shown with the cell's number format
 * (dd.mm.yyyy, two decimals). A file LibreOffice cannot open fails here.
 */

const run = promisify(execFile);

export type Ark = { raa: string[][]; vist: string[][] };

/** Filter options: separator, quote, UTF-8, first line, -, language, quoted-as-text, detect numbers, AS SHOWN, formulas, trim, sheet (-1 all). */
const CSV = (somVist: boolean) => `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,${somVist},false,false,-1`;

async function konverter(fil: string, somVist: boolean): Promise<Map<string, string[][]>> {
  const ut = await mkdtemp(join(tmpdir(), "kontoutskrift-csv-"));
  // Each run its own profile, so parallel workers do not wait for each other's lock.
  const profil = await mkdtemp(join(tmpdir(), "kontoutskrift-lo-"));
  try {
    await run("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${profil}`, "--convert-to", CSV(somVist), "--outdir", ut, fil], {
      timeout: 90_000,
    });
    const stamme = basename(fil).replace(/\.xlsx$/, "");
    const ark = new Map<string, string[][]>();
    for (const navn of await readdir(ut)) {
      const arknavn = navn.slice(stamme.length + 1).replace(/\.csv$/, "");
      ark.set(arknavn, parseCsv(await readFile(join(ut, navn), "utf8")));
    }
    return ark;
  } finally {
    await rm(ut, { recursive: true, force: true });
    await rm(profil, { recursive: true, force: true });
  }
}

/** Every sheet by name, in both readings. LibreOffice names the files <file>-<sheet>.csv. */
export async function lesXlsx(fil: string): Promise<Map<string, Ark>> {
  const [raa, vist] = await Promise.all([konverter(fil, false), konverter(fil, true)]);
  const ark = new Map<string, Ark>();
  for (const [navn, rader] of raa) ark.set(navn, { raa: rader, vist: vist.get(navn) ?? [] });
  return ark;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(tekst: string): string[][] {
  const rader: string[][] = [];
  let rad: string[] = [];
  let felt = "";
  let iAnfoersel = false;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i]!;
    if (iAnfoersel) {
      if (c === '"' && tekst[i + 1] === '"') {
        felt += '"';
        i++;
      } else if (c === '"') iAnfoersel = false;
      else felt += c;
    } else if (c === '"') iAnfoersel = true;
    else if (c === ",") {
      rad.push(felt);
      felt = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && tekst[i + 1] === "\n") i++;
      rad.push(felt);
      rader.push(rad);
      rad = [];
      felt = "";
    } else felt += c;
  }
  if (felt !== "" || rad.length) rader.push([...rad, felt]);
  return rader;
}

/** A raw CSV value that LibreOffice wrote for a date cell (en-US: M/D/YYYY, two-digit month and day). */
export const RAA_DATO = /^\d{2}\/\d{2}\/\d{4}$/;
/** A raw CSV value for a number cell. */
export const RAA_TALL = /^-?\d+(\.\d+)?$/;
/** As shown with the statement's formats: dd.mm.yyyy in Norwegian, dd/mm/yyyy in English. */
export const VIST_DATO = /^\d{2}\.\d{2}\.\d{4}$/;
export const VIST_DATO_EN = /^\d{2}\/\d{2}\/\d{4}$/;
export const VIST_BELOEP = /^-?\d{1,3}([,\u00a0 ]\d{3})*[.,]\d{2}$/;

/** "09/26/2019" -> "2019-09-26" */
export const isoFraRaa = (v: string) => `${v.slice(6, 10)}-${v.slice(0, 2)}-${v.slice(3, 5)}`;
