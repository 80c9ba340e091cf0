import { randomBytes } from "node:crypto";
import { createCB } from "xmlbuilder2";
import type { IsoDato } from "@/lib/dato";
import type { Betaling, Betalingslinje } from "./utvalg";

/**
 * The bank payment file: ISO 20022 pain.001.001.03 (CustomerCreditTransferInitiation), as
 * Norwegian corporate banks take it through their file upload. One payment (PmtInf) from the
 * payer's account on one execution date, one credit transfer (CdtTrfTxInf) per due date
 * (kravforfall), each to Skatteetaten's account with the KID as a structured creditor
 * reference (RmtInf/Strd/CdtrRefInf, type SCOR). Lines without a KID or account are left out
 * and returned with the reason. Written with xmlbuilder2's callback builder, in batches, so a
 * large file streams instead of being built in memory.
 */

export const PAIN_001_NS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
const SKATTEETATEN = "Skatteetaten";

export type Overfoering = {
  kravforfallsIdentifikator: string;
  kravidentifikator: string;
  beskrivelse: string;
  forfallsdato: IsoDato;
  /** In øre. */
  oere: number;
  kid: string;
  kontonummer: string;
};

export type UtelattGrunn = "skjermet" | "manglerKid" | "manglerKonto";
export type Utelatt = { linje: Betalingslinje; grunn: UtelattGrunn };

export type Betalingsplan = { overfoeringer: Overfoering[]; utelatt: Utelatt[]; sumOere: number };

/** Splits a payment into the file's credit transfers (one per due date) and the lines that cannot go in the file. */
export function planleggBetalingsfil(betaling: Betaling, opts: { skjermet?: boolean } = {}): Betalingsplan {
  const overfoeringer: Overfoering[] = [];
  const utelatt: Utelatt[] = [];
  for (const linje of betaling.linjer) {
    if (!linje.kid) utelatt.push({ linje, grunn: opts.skjermet ? "skjermet" : "manglerKid" });
    else if (!linje.kontonummer) utelatt.push({ linje, grunn: "manglerKonto" });
    else
      for (const f of linje.forfall) {
        const oere = Math.round(f.gjenstaaendeBeloep * 100);
        if (oere <= 0) continue;
        overfoeringer.push({
          kravforfallsIdentifikator: f.kravforfallsIdentifikator,
          kravidentifikator: linje.kravidentifikator,
          beskrivelse: linje.beskrivelse,
          forfallsdato: f.forfallsdato,
          oere,
          kid: f.betalingsinformasjon?.kid ?? linje.kid,
          kontonummer: f.betalingsinformasjon?.kontonummer ?? linje.kontonummer,
        });
      }
  }
  overfoeringer.sort((a, b) => a.forfallsdato.localeCompare(b.forfallsdato));
  return { overfoeringer, utelatt, sumOere: overfoeringer.reduce((s, o) => s + o.oere, 0) };
}

/** 12345 øre -> "123.45" (the schema's decimal: dot, two decimals, no grouping). */
export function tilXmlBeloep(oere: number): string {
  const kr = Math.trunc(oere / 100);
  return `${kr}.${String(Math.abs(oere % 100)).padStart(2, "0")}`;
}

export type Betaler = { navn: string; orgnr: string; kontonummer: string };

export type Betalingsfil = {
  msgId: string;
  pmtInfId: string;
  /** Local date-time, "2026-12-04T23:05:00". */
  opprettet: string;
  utfoerelsesdato: IsoDato;
  betaler: Betaler;
  overfoeringer: Overfoering[];
};

/** Oslo local time as an ISO date-time without zone. */
function lokalTid(naa: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo", dateStyle: "short", timeStyle: "medium" }).format(naa).replace(" ", "T");
}

/**
 * A file's identity: MsgId unique per file (at most 35 characters: "KB", the orgnr, the time
 * to the second and 8 random hex digits = 33), PmtInfId the MsgId with "-1".
 */
export function nyBetalingsfil(args: { betaler: Betaler; utfoerelsesdato: IsoDato; overfoeringer: Overfoering[]; naa?: Date }): Betalingsfil {
  const opprettet = lokalTid(args.naa ?? new Date());
  const msgId = `KB${args.betaler.orgnr}${opprettet.replace(/\D/g, "")}${randomBytes(4).toString("hex")}`.slice(0, 35);
  return { msgId, pmtInfId: `${msgId.slice(0, 33)}-1`, opprettet, utfoerelsesdato: args.utfoerelsesdato, betaler: args.betaler, overfoeringer: args.overfoeringer };
}

/** Max35Text/Max140Text: trimmed to the schema's length. */
const maks = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

/**
 * Writes the file through `skriv`, `batch` credit transfers at a time: returns a function that
 * writes the next batch and says whether more remain (so a stream can pull at its pace).
 */
export function betalingsfilSkriver(fil: Betalingsfil, skriv: (chunk: string) => void, batch = 500): () => boolean {
  if (fil.overfoeringer.length === 0) throw new Error("en betalingsfil trenger minst én overføring");
  const antall = String(fil.overfoeringer.length);
  const sum = tilXmlBeloep(fil.overfoeringer.reduce((s, o) => s + o.oere, 0));
  const xml = createCB({ data: skriv, prettyPrint: true });
  xml.dec({ version: "1.0", encoding: "UTF-8" });
  const doc = xml.ele(PAIN_001_NS, "Document").ele("CstmrCdtTrfInitn");
  const bban = (b: typeof doc, konto: string) => b.ele("Id").ele("Othr").ele("Id").txt(konto).up().ele("SchmeNm").ele("Cd").txt("BBAN").up().up().up().up();
  doc
    .ele("GrpHdr")
    .ele("MsgId").txt(fil.msgId).up()
    .ele("CreDtTm").txt(fil.opprettet).up()
    .ele("NbOfTxs").txt(antall).up()
    .ele("CtrlSum").txt(sum).up()
    .ele("InitgPty")
    .ele("Nm").txt(maks(fil.betaler.navn, 140)).up()
    .ele("Id").ele("OrgId").ele("Othr").ele("Id").txt(fil.betaler.orgnr).up().ele("SchmeNm").ele("Cd").txt("CUST").up().up().up().up().up()
    .up()
    .up();
  const pmt = doc.ele("PmtInf");
  pmt
    .ele("PmtInfId").txt(fil.pmtInfId).up()
    .ele("PmtMtd").txt("TRF").up()
    .ele("NbOfTxs").txt(antall).up()
    .ele("CtrlSum").txt(sum).up()
    .ele("PmtTpInf").ele("InstrPrty").txt("NORM").up().ele("SvcLvl").ele("Cd").txt("NURG").up().up().up()
    .ele("ReqdExctnDt").txt(fil.utfoerelsesdato).up()
    .ele("Dbtr").ele("Nm").txt(maks(fil.betaler.navn, 140)).up().up();
  bban(pmt.ele("DbtrAcct"), fil.betaler.kontonummer).ele("Ccy").txt("NOK").up().up();
  pmt.ele("DbtrAgt").ele("FinInstnId").ele("Othr").ele("Id").txt("NOTPROVIDED").up().up().up().up();

  let i = 0;
  return () => {
    const slutt = Math.min(i + batch, fil.overfoeringer.length);
    for (; i < slutt; i++) {
      const o = fil.overfoeringer[i]!;
      const tx = pmt.ele("CdtTrfTxInf");
      tx.ele("PmtId").ele("InstrId").txt(String(i + 1)).up().ele("EndToEndId").txt(maks(o.kravforfallsIdentifikator, 35)).up().up();
      tx.ele("Amt").ele("InstdAmt", { Ccy: "NOK" }).txt(tilXmlBeloep(o.oere)).up().up();
      tx.ele("Cdtr").ele("Nm").txt(SKATTEETATEN).up().up();
      bban(tx.ele("CdtrAcct"), o.kontonummer).up();
      tx.ele("RmtInf").ele("Strd").ele("CdtrRefInf").ele("Tp").ele("CdOrPrtry").ele("Cd").txt("SCOR").up().up().up().ele("Ref").txt(o.kid).up().up().up().up();
      tx.up();
    }
    if (i < fil.overfoeringer.length) return true;
    pmt.up();
    doc.up().up();
    xml.end();
    return false;
  };
}

/** The whole file as one string (tests, small files). */
export function skrivBetalingsfil(fil: Betalingsfil): string {
  const deler: string[] = [];
  const neste = betalingsfilSkriver(fil, (c) => deler.push(c));
  while (neste());
  return deler.join("");
}

/** The file as a byte stream, one batch of credit transfers per pull. */
export function betalingsfilStroem(fil: Betalingsfil, batch = 500): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let ctrl!: ReadableStreamDefaultController<Uint8Array>;
  let buffer = "";
  const neste = betalingsfilSkriver(fil, (c) => (buffer += c), batch);
  return new ReadableStream<Uint8Array>({
    start(c) {
      ctrl = c;
    },
    pull() {
      const mer = neste();
      if (buffer) ctrl.enqueue(enc.encode(buffer));
      buffer = "";
      if (!mer) ctrl.close();
    },
  });
}
