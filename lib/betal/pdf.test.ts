import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { oversetter } from "@/lib/i18n/oversetter";
import { SPRAAK } from "@/lib/i18n/spraak";
import { lagForfall, lagKrav } from "@/lib/krav-visning/testfabrikk";
import { lagBetalingsPdf } from "./pdf";
import { lagBetaling } from "./utvalg";

const harPdftotext = (() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

function tekstAv(pdf: Uint8Array): string {
  const fil = join(mkdtempSync(join(tmpdir(), "betal-pdf-")), "b.pdf");
  writeFileSync(fil, pdf);
  return execFileSync("pdftotext", ["-layout", fil, "-"], { encoding: "utf8" });
}

const info = (kid: string) => ({ kontonummer: "63450618888", kid, iban: "NO9363450618888", swiftBIC: "DNBANOKKXXX", bankinformasjon: null });
const krav = Array.from({ length: 12 }, (_, i) =>
  lagKrav({ beskrivelse: `Særavgift nr ${i + 1}`, periode: "2025/01", forfall: [lagForfall({ forfallsdato: "2025-01-15", gjenstaaendeBeloep: 1234.5 + i, betalingsinformasjon: info(`10000000${i}`) })] }),
);

test("the PDF is a valid document with the party, every line's amount, account and KID as real text, over several pages", { skip: harPdftotext ? false : "pdftotext (poppler-utils) is not installed" }, async () => {
  const betaling = lagBetaling({ krav }, { type: "forfalte" }, "2025-06-01");
  const pdf = await lagBetalingsPdf({ navn: "Blåbær & Ørret AS", orgnr: "311851381", iDag: "2025-06-01", betaling, spraak: "nb" });
  const doc = await PDFDocument.load(pdf);
  assert.ok(doc.getPageCount() >= 2, "twelve lines do not fit on one page");
  const tekst = tekstAv(pdf);
  assert.match(tekst, /Blåbær & Ørret AS, organisasjonsnummer 311 851 381/);
  assert.match(tekst, /Særavgift nr 12 2025\/01/);
  for (let i = 0; i < 12; i++) {
    assert.ok(tekst.includes(`10000000${i}`), `KID ${i}`);
    assert.ok(tekst.includes(`${(1234.5 + i).toFixed(2).replace(".", ",").replace(/^(\d)(\d{3})/, "$1 $2")} kroner`), `beløp ${i}`);
  }
  assert.ok(tekst.includes("6345 06 18888"));
  assert.ok(tekst.includes("NO93 6345 0618 888"));
});

test("an empty selection still gives a PDF that says there is nothing to pay", { skip: harPdftotext ? false : "pdftotext (poppler-utils) is not installed" }, async () => {
  const pdf = await lagBetalingsPdf({ navn: "X AS", orgnr: "311851381", iDag: "2025-06-01", betaling: lagBetaling({ krav: [] }, { type: "forfalte" }, "2025-06-01"), spraak: "nb" });
  assert.match(tekstAv(pdf), /ingenting å betale/);
});

test("in English: English texts, NOK amounts and dd/MM/yyyy dates, every character encodable", { skip: harPdftotext ? false : "pdftotext (poppler-utils) is not installed" }, async () => {
  const betaling = lagBetaling({ krav: krav.slice(0, 2) }, { type: "forfalte" }, "2025-06-01");
  const pdf = await lagBetalingsPdf({ navn: "Blåbær & Ørret AS", orgnr: "311851381", iDag: "2025-06-01", betaling, spraak: "en" });
  const tekst = tekstAv(pdf);
  const en = oversetter("en", "betal");
  assert.match(tekst, /Pay in your online bank/);
  assert.match(tekst, /Blåbær & Ørret AS, organisation number 311 851 381/);
  assert.match(tekst, /Created 01\/06\/2025/);
  assert.match(tekst, /NOK 1,234\.50/);
  assert.match(tekst, /Due date +15\/01\/2025/);
  assert.match(tekst, /Account number +6345 06 18888/);
  assert.ok(tekst.includes(en("side.sum")));
  assert.ok(!tekst.includes("?"), "nothing replaced for want of a glyph");
  assert.ok(!/kroner|Beløp|Forfallsdato/.test(tekst), "no Norwegian left");
  assert.equal((await PDFDocument.load(pdf, { updateMetadata: false })).getTitle(), `${en("pdf.tittel")} – Blåbær & Ørret AS`);
});

test("every PDF text in every language can be drawn with the PDF's font (WinAnsi)", async () => {
  const doc = await PDFDocument.create();
  const tegn = new Set((await doc.embedFont(StandardFonts.Helvetica)).getCharacterSet());
  for (const spraak of SPRAAK) {
    const t = oversetter(spraak, "betal");
    const tekster = [
      t("side.overskrift"), t("side.ingress"), t("side.flere", { antall: 2 }), t("side.sum"), t("side.merknad"),
      t("pdf.part", { navn: "X", orgnr: "1" }), t("pdf.laget", { dato: "1" }), t("pdf.ingenting"),
      t("linje.beloep"), t("linje.kontonummer"), t("linje.kid"), t("linje.forfallsdato"), t("linje.mangler"),
      t("utland.overskrift"), t("utland.forklaring"), t("utland.iban"), t("utland.swift"), t("utland.bank"),
      ...(() => {
        const b = oversetter(spraak, "betalingsfil");
        return [b("pdf.sammendrag", { antall: 5200 }), b("tabell.krav"), b("tabell.antall"), b("tabell.konto"), b("tabell.beloep"), b("tabell.sum")];
      })(),
    ];
    const mangler = [...new Set(tekster.join("").replace(/[\u00a0\u202f\u2009]/g, " "))].filter((c) => !tegn.has(c.codePointAt(0)!));
    assert.deepEqual({ spraak, mangler }, { spraak, mangler: [] });
  }
});

test("more than 50 lines: a summary table of a few pages (one row per kravgruppe, period and account), not a page per few lines", { skip: harPdftotext ? false : "pdftotext (poppler-utils) is not installed" }, async () => {
  const mange = Array.from({ length: 5200 }, (_, i) =>
    lagKrav({ kravgruppe: "Særavgift", beskrivelse: `Vektårsavgift maskin ${i}`, periode: i < 2600 ? "2024" : "2025", forfall: [lagForfall({ forfallsdato: i < 2600 ? "2024-03-20" : "2025-03-20", gjenstaaendeBeloep: 3100, betalingsinformasjon: info(`7${String(i).padStart(8, "0")}`) })] }),
  );
  const betaling = lagBetaling({ krav: mange }, { type: "forfalte" }, "2025-06-01");
  const pdf = await lagBetalingsPdf({ navn: "Storvik Entreprenør AS", orgnr: "212201782", iDag: "2025-06-01", betaling, spraak: "nb" });
  assert.ok((await PDFDocument.load(pdf)).getPageCount() <= 3);
  const tekst = tekstAv(pdf);
  assert.match(tekst, /Utvalget har 5200 betalinger/);
  assert.match(tekst, /Særavgift 2024 +2 600 +6345 06 18888 +8 060 000,00 kroner/);
  assert.match(tekst, /Særavgift 2025 +2 600 +6345 06 18888 +8 060 000,00 kroner/);
  assert.match(tekst, /Sum +5 200 +16 120 000,00 kroner/);
  assert.ok(!tekst.includes("700000001"), "no KID in the summary: they are in the payment file");
});
