import { PassThrough, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { ArkDefinisjon, Celle, Kolonne } from "../kontoutskrift/ark";
import { XLSX_TYPE } from "../kontoutskrift/respons";
import { AvbruttError, Takt, skrivArk } from "../kontoutskrift/skriv";
import { tilWebStream } from "../kontoutskrift/stream";
import { klienter as tekster } from "../tekster/klienter";
import type { FeilInfo } from "../krav-visning/feil";
import type { KlientGrunnlag } from "./tabell";

/**
 * The klientoversikt as .xlsx, with the kontoutskrift's conventions and writer (skrivArk):
 * numbers as numbers, dates as dates (dd.mm.yyyy), a frozen header row, filters, and a sum row
 * (SUBTOTAL, so it follows the spreadsheet's own filter). One row per client in the order given.
 */

export type EksportRad = KlientGrunnlag & { feil: FeilInfo | null };

const k = tekster.eksport.kolonner;
const tekst = (overskrift: string, bredde: number): Kolonne => ({ overskrift, type: "tekst", bredde });
const beloep = (overskrift: string): Kolonne => ({ overskrift, type: "beloep", bredde: 18, sum: true });
const antall = (overskrift: string): Kolonne => ({ overskrift, type: "heltall", bredde: 12, sum: true });

export const KLIENT_EKSPORT_KOLONNER: readonly Kolonne[] = [
  tekst(k.navn, 40),
  tekst(k.orgnr, 18),
  beloep(k.forfalte),
  antall(k.antallForfalte),
  beloep(k.fremtidige),
  antall(k.antallFremtidige),
  beloep(k.renter),
  beloep(k.saldo),
  { overskrift: k.nesteForfall, type: "dato", bredde: 14 },
  { overskrift: k.nesteBeloep, type: "beloep", bredde: 18 },
  beloep(k.uplasserte),
  tekst(k.merknad, 50),
];

function merknad(r: EksportRad): string | null {
  const m = tekster.eksport.merknad;
  if (r.feil?.ingenData) return m.ingenData;
  if (r.feil) return m.feil(r.feil.kode ?? (r.feil.type === "timeout" ? "tidsavbrudd" : null), r.feil.korrelasjonsid);
  return r.sammendrag?.skjermet ? m.skjermet : null;
}

/** One row's cells; a client without figures has only its name, number and why. */
export function klientCeller(r: EksportRad): Celle[] {
  const s = r.sammendrag;
  if (!s) return [r.navn, r.orgnr, null, null, null, null, null, null, null, null, null, merknad(r)];
  return [
    r.navn,
    r.orgnr,
    s.forfalte.sum,
    s.forfalte.antall,
    s.fremtidige.sum,
    s.fremtidige.antall,
    s.renter,
    s.saldo,
    s.nesteForfall?.dato ?? null,
    s.nesteForfall?.beloep ?? null,
    s.uplasserte,
    merknad(r),
  ];
}

export function klientoversiktArk(rader: readonly EksportRad[]): ArkDefinisjon {
  return { navn: tekster.eksport.ark, kolonner: KLIENT_EKSPORT_KOLONNER, rader: () => rader.map(klientCeller) };
}

export async function skrivKlientoversikt(rader: readonly EksportRad[], output: Writable, laget: Date): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  wb.creator = tekster.tittel;
  wb.created = laget;
  await skrivArk(wb, klientoversiktArk(rader), new Takt(output, 50));
  await wb.commit();
}

/** The download as a streamed Response named klientoversikt-<date>.xlsx. */
export function klientoversiktRespons(rader: readonly EksportRad[], iDag: string, laget: Date, paaFeil?: (feil: unknown) => void): Response {
  const output = new PassThrough({ highWaterMark: 256 * 1024 });
  output.on("error", () => {});
  skrivKlientoversikt(rader, output, laget).catch((feil: unknown) => {
    output.destroy(feil instanceof AvbruttError ? undefined : (feil as Error));
    if (!(feil instanceof AvbruttError)) paaFeil?.(feil);
  });
  return new Response(tilWebStream(output), {
    status: 200,
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${tekster.eksport.filnavn(iDag)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
