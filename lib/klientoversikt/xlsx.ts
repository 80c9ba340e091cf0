import { PassThrough, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { ArkDefinisjon, Celle, Kolonne } from "../kontoutskrift/ark";
import { XLSX_TYPE } from "../kontoutskrift/respons";
import { AvbruttError, Takt, skrivArk } from "../kontoutskrift/skriv";
import { tilWebStream } from "../kontoutskrift/stream";
import { oversetter, type Oversetter } from "../i18n/oversetter";
import type { Spraak } from "../i18n/spraak";
import type { FeilInfo } from "../krav-visning/feil";
import type { KlientGrunnlag } from "./tabell";

/**
 * The klientoversikt as .xlsx, with the kontoutskrift's conventions and writer (skrivArk):
 * numbers as numbers, dates as dates (dd.mm.yyyy), a frozen header row, filters, and a sum row
 * (SUBTOTAL, so it follows the spreadsheet's own filter). One row per client in the order given.
 * Sheet name, headers, notes and date format in the request's language (`spraak`).
 */

/** `ikkeHentet`: not ready when the export was made (no figures, no error either). */
export type EksportRad = KlientGrunnlag & { feil: FeilInfo | null; ikkeHentet?: boolean };

const tekst = (overskrift: string, bredde: number): Kolonne => ({ overskrift, type: "tekst", bredde });
const beloep = (overskrift: string): Kolonne => ({ overskrift, type: "beloep", bredde: 18, sum: true });
const antall = (overskrift: string): Kolonne => ({ overskrift, type: "heltall", bredde: 12, sum: true });

export function klientEksportKolonner(t: Oversetter<"klienter">): Kolonne[] {
  return [
    tekst(t("eksport.kolonner.navn"), 40),
    tekst(t("eksport.kolonner.orgnr"), 18),
    beloep(t("eksport.kolonner.forfalte")),
    antall(t("eksport.kolonner.antallForfalte")),
    beloep(t("eksport.kolonner.fremtidige")),
    antall(t("eksport.kolonner.antallFremtidige")),
    beloep(t("eksport.kolonner.renter")),
    beloep(t("eksport.kolonner.saldo")),
    { overskrift: t("eksport.kolonner.nesteForfall"), type: "dato", bredde: 14 },
    { overskrift: t("eksport.kolonner.nesteBeloep"), type: "beloep", bredde: 18 },
    beloep(t("eksport.kolonner.uplasserte")),
    tekst(t("eksport.kolonner.merknad"), 50),
  ];
}

/** Why a client has no figures (or that it is screened): "Kunne ikke hentes (KB-002), referanse …". */
function merknad(r: EksportRad, t: Oversetter<"klienter">, ikkeHentet: string): string | null {
  if (r.ikkeHentet) return ikkeHentet;
  if (r.feil?.ingenData) return t("eksport.merknad.ingenData");
  if (r.feil) {
    const { kode, korrelasjonsid } = r.feil;
    const hva = kode ? t("eksport.merknad.feilMedKode", { kode }) : r.feil.type === "timeout" ? t("eksport.merknad.tidsavbrudd") : t("eksport.merknad.feil");
    return korrelasjonsid ? `${hva}, ${t("eksport.merknad.referanse", { korrelasjonsid })}` : hva;
  }
  return r.sammendrag?.skjermet ? t("eksport.merknad.skjermet") : null;
}

/** One row's cells; a client without figures has only its name, number and why. */
export function klientCeller(r: EksportRad, t: Oversetter<"klienter">, ikkeHentet = ""): Celle[] {
  const s = r.sammendrag;
  if (!s) return [r.navn, r.orgnr, null, null, null, null, null, null, null, null, null, merknad(r, t, ikkeHentet)];
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
    merknad(r, t, ikkeHentet),
  ];
}

export function klientoversiktArk(rader: readonly EksportRad[], spraak: Spraak): ArkDefinisjon {
  const t = oversetter(spraak, "klienter");
  const ikkeHentet = oversetter(spraak, "regnskap")("klient.ikkeHentet");
  return { navn: t("eksport.ark"), kolonner: klientEksportKolonner(t), rader: () => rader.map((r) => klientCeller(r, t, ikkeHentet)) };
}

export async function skrivKlientoversikt(rader: readonly EksportRad[], output: Writable, laget: Date, spraak: Spraak): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  wb.creator = oversetter(spraak, "klienter")("tittel");
  wb.created = laget;
  await skrivArk(wb, klientoversiktArk(rader, spraak), new Takt(output, 50), spraak);
  await wb.commit();
}

/** The download as a streamed Response named klientoversikt-<date>.xlsx (client-overview-<date>.xlsx in English). */
export function klientoversiktRespons(rader: readonly EksportRad[], iDag: string, laget: Date, spraak: Spraak, paaFeil?: (feil: unknown) => void): Response {
  const output = new PassThrough({ highWaterMark: 256 * 1024 });
  output.on("error", () => {});
  skrivKlientoversikt(rader, output, laget, spraak).catch((feil: unknown) => {
    output.destroy(feil instanceof AvbruttError ? undefined : (feil as Error));
    if (!(feil instanceof AvbruttError)) paaFeil?.(feil);
  });
  return new Response(tilWebStream(output), {
    status: 200,
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${oversetter(spraak, "klienter")("eksport.filnavn", { dato: iDag })}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
