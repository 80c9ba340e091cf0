import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { formatIban, formatKontonummer, formatOrgnr } from "@/lib/format";
import { formatering } from "@/lib/i18n/formatering";
import { oversetter } from "@/lib/i18n/oversetter";
import { INTL_LOCALE, type Spraak } from "@/lib/i18n/spraak";
import { MANGE_LINJER } from "./lenke";
import { lagSammendrag } from "./sammendrag";
import type { Betaling } from "./utvalg";

/**
 * The payment page as a PDF (A4, real text in Helvetica, so it can be selected, searched and
 * read aloud), in the chosen language. Pure: data in, bytes out. The standard fonts use WinAnsi
 * (Windows-1252), which has æøå and the English quotes and dashes; the few characters it lacks
 * are replaced (non-breaking spaces by spaces, minus by hyphen).
 */

const A4: [number, number] = [595.28, 841.89];
const MARG = 56;
const BUNN = 64;

export type PdfInnhold = { navn: string; orgnr: string; iDag: string; betaling: Betaling; spraak: Spraak };

class Skriver {
  private side!: PDFPage;
  private y = 0;
  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly fet: PDFFont,
  ) {
    this.nySide();
  }

  private nySide() {
    this.side = this.doc.addPage(A4);
    this.y = A4[1] - MARG;
  }

  private plass(hoeyde: number) {
    if (this.y - hoeyde < BUNN) this.nySide();
  }

  /** Replaces what WinAnsi cannot encode. */
  tekst(s: string, font: PDFFont): string {
    const tegn = new Set(font.getCharacterSet());
    return [...s.replace(/[\u00a0\u202f\u2009]/g, " ").replace(/[\u2212\u2012]/g, "-")].map((c) => (tegn.has(c.codePointAt(0)!) ? c : "?")).join("");
  }

  /** Word-wrapped paragraph. */
  avsnitt(s: string, opts: { stoerrelse?: number; fet?: boolean; etter?: number; farge?: [number, number, number] } = {}) {
    const stoerrelse = opts.stoerrelse ?? 11;
    const font = opts.fet ? this.fet : this.font;
    const bredde = A4[0] - 2 * MARG;
    const ord = this.tekst(s, font).split(" ");
    const linjer: string[] = [];
    let linje = "";
    for (const o of ord) {
      const forsoek = linje ? `${linje} ${o}` : o;
      if (linje && font.widthOfTextAtSize(forsoek, stoerrelse) > bredde) {
        linjer.push(linje);
        linje = o;
      } else linje = forsoek;
    }
    if (linje) linjer.push(linje);
    for (const l of linjer) {
      this.plass(stoerrelse * 1.4);
      this.y -= stoerrelse * 1.4;
      this.side.drawText(l, { x: MARG, y: this.y, size: stoerrelse, font, color: rgb(...(opts.farge ?? [0, 0, 0])) });
    }
    this.y -= opts.etter ?? 6;
  }

  /** "Label    value" on one line. */
  felt(navn: string, verdi: string) {
    const stoerrelse = 11;
    this.plass(stoerrelse * 1.6);
    this.y -= stoerrelse * 1.6;
    this.side.drawText(this.tekst(navn, this.font), { x: MARG + 12, y: this.y, size: stoerrelse, font: this.font });
    this.side.drawText(this.tekst(verdi, this.fet), { x: MARG + 132, y: this.y, size: stoerrelse, font: this.fet });
  }

  mellomrom(h: number) {
    this.y -= h;
  }

  /** Keeps a block of about `hoeyde` points on one page. */
  holdSammen(hoeyde: number) {
    this.plass(hoeyde);
  }

  /** One table row: cells at the columns' x (from the margin), right-aligned where `hoeyre` (x is then the cell's right edge). */
  rad(celler: { tekst: string; x: number; hoeyre?: boolean }[], opts: { fet?: boolean; linje?: boolean } = {}) {
    const stoerrelse = 10;
    const font = opts.fet ? this.fet : this.font;
    this.plass(stoerrelse * 1.8);
    this.y -= stoerrelse * 1.8;
    for (const c of celler) {
      const tekst = this.tekst(c.tekst, font);
      const x = MARG + (c.hoeyre ? c.x - font.widthOfTextAtSize(tekst, stoerrelse) : c.x);
      this.side.drawText(tekst, { x, y: this.y, size: stoerrelse, font });
    }
    if (opts.linje) this.side.drawLine({ start: { x: MARG, y: this.y - 4 }, end: { x: A4[0] - MARG, y: this.y - 4 }, thickness: 0.5, color: rgb(0.6, 0.6, 0.6) });
  }
}

/** More than MANGE_LINJER lines: a summary table (one row per kravgruppe, period and account), a few pages at most; the KIDs are in the payment file. */
function skrivSammendrag(s: Skriver, betaling: Betaling, spraak: Spraak) {
  const t = oversetter(spraak, "betalingsfil");
  const f = formatering(spraak);
  const bredde = A4[0] - 2 * MARG;
  s.avsnitt(t("pdf.sammendrag", { antall: betaling.linjer.length }), { etter: 10 });
  const kolonner = (krav: string, antall: string, konto: string, beloep: string) => [
    { tekst: krav, x: 0 },
    { tekst: antall, x: 250, hoeyre: true },
    { tekst: konto, x: 270 },
    { tekst: beloep, x: bredde, hoeyre: true },
  ];
  s.rad(kolonner(t("tabell.krav"), t("tabell.antall"), t("tabell.konto"), t("tabell.beloep")), { fet: true, linje: true });
  for (const r of lagSammendrag(betaling.linjer)) {
    s.rad(kolonner(r.periode ? `${r.kravgruppe} ${r.periode}` : r.kravgruppe, f.tall(r.antall, 0), r.kontonummer ? formatKontonummer(r.kontonummer) : "-", f.kroner(r.beloep)));
  }
  s.rad(kolonner(t("tabell.sum"), f.tall(betaling.linjer.length, 0), "", f.kroner(betaling.sum)), { fet: true });
}

export async function lagBetalingsPdf({ navn, orgnr, iDag, betaling, spraak }: PdfInnhold): Promise<Uint8Array> {
  const t = oversetter(spraak, "betal");
  const f = formatering(spraak);
  const doc = await PDFDocument.create();
  doc.setTitle(`${t("pdf.tittel")} – ${navn}`);
  doc.setAuthor("Skatteetaten");
  doc.setLanguage(INTL_LOCALE[spraak]);
  doc.setCreator(oversetter(spraak, "felles")("tjeneste.navn"));
  const s = new Skriver(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));

  s.avsnitt(t("side.overskrift"), { stoerrelse: 20, fet: true, etter: 4 });
  s.avsnitt(t("pdf.part", { navn, orgnr: formatOrgnr(orgnr) }), { fet: true, etter: 2 });
  s.avsnitt(t("pdf.laget", { dato: f.dato(iDag) }), { stoerrelse: 9, farge: [0.35, 0.35, 0.35], etter: 14 });
  if (betaling.linjer.length === 0) {
    s.avsnitt(t("pdf.ingenting"));
    return doc.save();
  }
  s.avsnitt(t("side.ingress"), { etter: 4 });
  if (betaling.linjer.length > 1) s.avsnitt(t("side.flere", { antall: betaling.linjer.length }), { etter: 4 });

  const mange = betaling.linjer.length > MANGE_LINJER;
  if (mange) skrivSammendrag(s, betaling, spraak);
  else for (const l of betaling.linjer) {
    s.holdSammen(140);
    s.mellomrom(10);
    s.avsnitt(l.periode ? `${l.beskrivelse} ${l.periode}` : l.beskrivelse, { stoerrelse: 13, fet: true, etter: 0 });
    s.felt(t("linje.beloep"), f.kroner(l.beloep));
    if (l.kontonummer) s.felt(t("linje.kontonummer"), formatKontonummer(l.kontonummer));
    if (l.kid) s.felt(t("linje.kid"), l.kid);
    s.felt(t("linje.forfallsdato"), f.dato(l.forfallsdato));
    if (!l.kontonummer && !l.kid) s.avsnitt(t("linje.mangler"), { stoerrelse: 10 });
  }
  if (betaling.linjer.length > 1 && !mange) {
    s.mellomrom(10);
    s.felt(t("side.sum"), f.kroner(betaling.sum));
  }
  s.mellomrom(16);
  s.avsnitt(t("side.merknad"), { etter: 12 });

  const utland = [...new Map(betaling.linjer.filter((l) => l.iban || l.swiftBIC).map((l) => [`${l.iban}|${l.swiftBIC}`, l])).values()];
  if (utland.length > 0) {
    s.holdSammen(90);
    s.avsnitt(t("utland.overskrift"), { stoerrelse: 13, fet: true, etter: 2 });
    s.avsnitt(t("utland.forklaring"), { stoerrelse: 10, etter: 0 });
    for (const l of utland) {
      if (l.iban) s.felt(t("utland.iban"), formatIban(l.iban));
      if (l.swiftBIC) s.felt(t("utland.swift"), l.swiftBIC);
      if (l.bankinformasjon) s.felt(t("utland.bank"), l.bankinformasjon);
    }
  }
  return doc.save();
}
