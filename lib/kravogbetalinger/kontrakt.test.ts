import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lagIcs } from "@/lib/betal/ics";
import { lagBetalingsPdf } from "@/lib/betal/pdf";
import { kommendeForfall, lagBetaling } from "@/lib/betal/utvalg";
import { dekningerForKrav } from "@/lib/krav-visning/betalte";
import { lagOppsummering } from "@/lib/krav-visning/visninger";
import { kontraktfiler } from "./kontrakt";
import { tilAapneKrav, tilInnbetalingListe, tilKravListe } from "./mapping";
import type { AapneKrav, Innbetaling, Krav } from "./model";
import { aapnekravResponseSchema, innbetalingerResponseSchema, kravResponseSchema } from "./schema";

/**
 * Every published example response (shared/contract/kravogbetalinger) through the product's own
 * schema and mapping, asserting what a user would see: the KID on the pay page, in its PDF and
 * calendar file, what a payment covered, the sign of every sum, the screened notice. The older
 * generations of the same document (plassertInnbetalingMotKrav with plasseringsdato and
 * dekketKrav; plain-string texts and periods; betaltFra/betaltTilKonto) are made from the newest
 * files and must read the same.
 */

const filer = kontraktfiler();
const fil = (navn: string) => structuredClone(filer.find((f) => f.navn === navn)!.innhold) as Record<string, unknown>;

const harPdftotext = (() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
function pdfTekst(pdf: Uint8Array): string {
  const sti = join(mkdtempSync(join(tmpdir(), "kontrakt-pdf-")), "b.pdf");
  writeFileSync(sti, pdf);
  return execFileSync("pdftotext", ["-layout", sti, "-"], { encoding: "utf8" });
}

/** Every amount in the model, with its name, so the sign convention (model.ts) can be checked. */
function alleBeloep(a: { krav?: Krav[]; innbetalinger?: Innbetaling[] }): [string, number][] {
  const ut: [string, number][] = [];
  for (const k of a.krav ?? []) {
    ut.push([`${k.kravidentifikator}.opprinnelig`, k.opprinneligBeloep], [`${k.kravidentifikator}.stipulerteRenter`, k.stipulerteRenter]);
    for (const f of k.forfall) {
      for (const i of f.innbetalinger) ut.push(["innbetaling.benyttet", i.benyttetBeloep], ["innbetaling.innbetalt", i.innbetaltBeloep ?? 0]);
      for (const m of f.motkrav) ut.push(["motkrav.benyttet", m.benyttetBeloep]);
      for (const u of f.utbetalinger) ut.push(["utbetaling.benyttet", u.benyttetBeloep], ["utbetaling.utbetalt", u.utbetaltBeloep ?? 0]);
    }
  }
  for (const i of a.innbetalinger ?? []) {
    ut.push(["innbetalt", i.innbetaltBeloep], ["uplassert", i.uplassertBeloep]);
    for (const p of i.plasseringer) ut.push(["plassering.benyttet", p.benyttetBeloep], ["plassering.opprinnelig", p.opprinneligBeloep ?? 0], ["plassering.gjenstaaende", p.gjenstaaendeBeloep ?? 0]);
  }
  return ut;
}

test("every published file parses with the product's schema, nothing dropped", () => {
  const schema = { aapnekrav: aapnekravResponseSchema, krav: kravResponseSchema, innbetalinger: innbetalingerResponseSchema } as const;
  assert.ok(filer.length >= 5);
  for (const f of filer) {
    const s = schema[f.endepunkt as keyof typeof schema];
    assert.ok(s, `${f.navn}: an endpoint the product reads`);
    const parsed = s.safeParse(f.innhold);
    assert.ok(parsed.success, `${f.navn}: ${parsed.error?.message}`);
    assert.equal(parsed.data.forkastet.antall, 0, `${f.navn}: no item dropped (${parsed.data.forkastet.grunner.join("; ")})`);
  }
});

function aapne(innhold: unknown): AapneKrav {
  return tilAapneKrav(aapnekravResponseSchema.parse(innhold));
}

test("aapnekrav 871978433: the KID is betalingsinformasjon.kidnummer, on the pay page's lines, and every sum has its sign", () => {
  const a = aapne(fil("aapnekrav-871978433.json"));
  assert.equal(a.krav.length, 5);
  const mva = a.krav.find((k) => k.kravidentifikator === "KRAV-33712709")!;
  assert.equal(mva.forfall[0]!.betalingsinformasjon!.kid, "18719784330100322000006");
  assert.equal(mva.forfall[0]!.betalingsinformasjon!.kontonummer, "76940518888");
  assert.deepEqual([mva.periodeFra, mva.periodeTil], ["2022-01-01", "2022-02-28"]);
  assert.equal(mva.kravtype, "Mva-melding");

  // the pay page for everything overdue on 1 June 2022: one line per claim and KID, each with its KID
  const betaling = lagBetaling(a, { type: "forfalte" }, "2022-06-01");
  assert.deepEqual(
    betaling.linjer.map((l) => [l.kravidentifikator, l.kid, l.beloep, l.kontonummer]),
    [
      ["KRAV-33712709", "18719784330100322000006", 61_244, "76940518888"],
      ["253517389", "0095755263306220219", 6_373, "76940524802"],
      ["253517378", "0095755263305220215", 22_600, "76940524802"],
    ],
  );
  const kider = new Map(betaling.linjer.map((l) => [l.kravidentifikator, l.kid]));
  assert.equal(kider.get("KRAV-33712709"), "18719784330100322000006");
  assert.equal(kider.get("253517389"), "0095755263306220219");
  assert.equal(kider.get("253517378"), "0095755263305220215");
  assert.ok(betaling.linjer.every((l) => l.kid && l.beloep > 0), "every line to pay has a KID and a positive amount");
  assert.ok(!betaling.linjer.some((l) => l.kravidentifikator === "KRAV-33949619"), "not due until 2023-09-08");

  // the person's claim mixed in: its paid first term shows the payer's KID and the payment, positive
  const fs = a.krav.find((k) => k.kravidentifikator === "250884358")!;
  const brukt = fs.forfall[0]!.innbetalinger[0]!;
  assert.deepEqual([brukt.kid, brukt.melding, brukt.innbetaltBeloep, brukt.benyttetBeloep], ["7900011880501220017", "7900011880501220017", 23_750, 23_750]);
  assert.equal(dekningerForKrav(fs)[0]!.kid, "7900011880501220017");

  // signs: owed amounts and money in positive; the sums as the API states them
  for (const [navn, v] of alleBeloep(a)) assert.ok(v >= 0, `${navn} = ${v}`);
  assert.deepEqual(a.totalOversikt, { sumStipulerteRenter: 19_124, sumForfalteKrav: 161_467, sumIkkeForfalteKrav: 62_500, sumUplasserteInnbetalinger: 0, saldo: 243_091 });
  const h = lagOppsummering(a, "2022-06-01");
  assert.deepEqual([h.harSummer, h.skjermet, h.forkastet, h.forfalte.sum, h.saldo], [true, false, 0, 161_467, 243_091]);
  assert.equal(h.perKravgruppe.length, 4);
});

test("the PDF and the calendar file of the pay page carry the KID from kidnummer", { skip: harPdftotext ? false : "pdftotext (poppler-utils) is not installed" }, async () => {
  const a = aapne(fil("aapnekrav-871978433.json"));
  const betaling = lagBetaling(a, { type: "forfalte" }, "2022-06-01");
  const tekst = pdfTekst(await lagBetalingsPdf({ navn: "Eksempel AS", orgnr: "871978433", iDag: "2022-06-01", betaling, spraak: "nb" }));
  for (const kid of ["18719784330100322000006", "0095755263306220219", "0095755263305220215"]) assert.ok(tekst.includes(kid), `KID ${kid} in the PDF`);
  const ics = lagIcs({ navn: "Eksempel AS", forfall: kommendeForfall(a, "2022-01-01"), betalUrl: "https://example.test/871978433/betal", naa: new Date("2022-01-01T10:00:00Z"), spraak: "nb" });
  assert.match(ics.replace(/\r\n /g, ""), /18719784330100322000006/);
  assert.match(ics.replace(/\r\n /g, ""), /4019008719784337/);
});

test("krav 871978433 2022: interest linked to its principal, credits negative, offsets and a payout used positive, the payer's KID", () => {
  const krav = tilKravListe(kravResponseSchema.parse(fil("krav-871978433-2022.json")).krav);
  const rente = krav.find((k) => k.kravidentifikator === "KRAV-33243589")!;
  assert.equal(rente.hovedstolKravidentifikator, "KRAV-33158653");
  assert.equal(rente.opprinneligBeloep, 439);
  const inn = rente.forfall[0]!.innbetalinger[0]!;
  assert.deepEqual([inn.benyttetBeloep, inn.innbetaltBeloep, inn.kid, inn.melding, inn.innbetaltFraKonto], [112, 51_433, "578235678799882", "5026009575526338", "******11111"]);
  assert.deepEqual(rente.forfall[0]!.motkrav.map((m) => [m.kravforfallsIdentifikator, m.benyttetBeloep]), [["FORF-91396163", 10]]);
  const dekninger = dekningerForKrav(rente);
  assert.deepEqual(dekninger.map((d) => [d.type, d.benyttetBeloep, d.kid]), [["innbetaling", 112, "578235678799882"], ["motregning", 10, null]]);

  const kreditt = krav.find((k) => k.kravidentifikator === "FORF-91396163")!;
  assert.equal(kreditt.opprinneligBeloep, -10, "a credit is negative");
  assert.equal(kreditt.forfall[0]!.motkrav[0]!.benyttetBeloep, 10, "the offset is positive although the file says +10 here and -10 on the other side");
  assert.equal(kreditt.forfall[0]!.betalingsinformasjon, null, "betalingsinformasjon {} is no payment information");

  const utbetalt = krav.find((k) => k.kravidentifikator === "248811576")!;
  assert.equal(utbetalt.opprinneligBeloep, -18_335);
  const u = utbetalt.forfall[0]!.utbetalinger[0]!;
  assert.deepEqual([u.benyttetBeloep, u.utbetaltBeloep, u.utbetaltDato, u.tilKonto, u.melding], [18_335, 18_335, "2022-01-19", "54221361434", "For mye betalt 17.01.22"]);
  assert.deepEqual(dekningerForKrav(utbetalt).map((d) => [d.type, d.innbetaltBeloep, d.benyttetBeloep]), [["utbetaling", 18_335, 18_335]]);

  for (const [navn, v] of alleBeloep({ krav })) {
    if (navn.endsWith(".opprinnelig") && krav.find((k) => navn.startsWith(k.kravidentifikator))!.kravtype.match(/KRED|kredit/)) assert.ok(v < 0, `${navn} = ${v}`);
    else assert.ok(v >= 0, `${navn} = ${v}`);
  }
});

test("innbetalinger 871978433 2022: what each payment covered, with the payer's KID, money in positive", () => {
  const inn = tilInnbetalingListe(innbetalingerResponseSchema.parse(fil("innbetalinger-871978433-2022.json")).innbetaling);
  assert.equal(inn.length, 2);
  const ocr = inn.find((i) => i.innbetalingsidentifikator === "FORF-91264797")!;
  assert.deepEqual([ocr.innbetalingsdato, ocr.innbetaltBeloep, ocr.uplassertBeloep, ocr.kid, ocr.melding, ocr.innbetalingstype], ["2022-01-17", 51_433, 0, "578235678799882", "5026009575526338", "Innbetalt OCR"]);
  assert.deepEqual(
    ocr.plasseringer.map((p) => [p.kravforfallsIdentifikator, p.beskrivelse, p.forfallsdato, p.opprinneligBeloep, p.benyttetBeloep, p.gjenstaaendeBeloep, p.plassertDato]),
    [
      ["KRAV-33158653", "Mva-melding", "2021-12-10", 51_321, 51_321, 0, "2022-01-17"],
      ["KRAV-33243589", "Forsinkelsesrenter", "2022-01-17", 439, 112, 0, "2022-01-17"],
    ],
  );
  const person = inn.find((i) => i.innbetalingsidentifikator === "85214061")!;
  assert.equal(person.mottakersKontonummer, "76940524802");
  assert.equal(person.kid, "7900011880501220017");
  for (const [navn, v] of alleBeloep({ innbetalinger: inn })) assert.ok(v >= 0, `${navn} = ${v}`);
});

test("the fully screened answers: the screened notice without sums ('no details'), never an error", () => {
  const a = aapne(fil("aapnekrav-skjermet.json"));
  assert.deepEqual([a.partIdentifikator, a.skjermet, a.harSummer, a.krav.length, a.forkastet], ["310478717", true, false, 0, 0]);
  const h = lagOppsummering(a, "2023-06-01");
  assert.deepEqual([h.skjermet, h.harSummer, h.antallUbetalte], [true, false, 0]);
  const krav = kravResponseSchema.parse(fil("krav-skjermet.json"));
  assert.deepEqual([krav.skjermet, krav.krav.length, krav.periode?.fraOgMed], [true, 0, "2023-01-01"]);
});

/** The same document as its older published generations wrote it. */
function eldre(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(eldre);
  if (value === null || typeof value !== "object") return value;
  const ut: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if ((k === "kravbeskrivelse" || k === "periodeBeskrivelse") && v && typeof v === "object") {
      ut[k] = (v as { spraakTekst: { tekst: string }[] }).spraakTekst[0]!.tekst;
    } else if (k === "kravperiode" && v && typeof v === "object") {
      ut[k] = ((v as { periodeBeskrivelse: { spraakTekst: { tekst: string }[] } }).periodeBeskrivelse.spraakTekst[0]!.tekst);
    } else if (k === "plassertKrav") {
      ut.plassertInnbetalingMotKrav = (eldre(v) as Record<string, unknown>[]).map(({ plassertDato, ...p }) => ({ ...p, plasseringsdato: plassertDato, dekketKrav: true }));
    } else if (k === "innbetaltFra") ut.betaltFra = eldre(v);
    else if (k === "mottakersKontonummer") ut.betaltTilKonto = eldre(v);
    else ut[k] = eldre(v);
  }
  return ut;
}

test("the older generations (plassertInnbetalingMotKrav, plasseringsdato, dekketKrav, plain-string texts and periods, betaltFra) read the same", () => {
  const ny = tilInnbetalingListe(innbetalingerResponseSchema.parse(fil("innbetalinger-871978433-2022.json")).innbetaling);
  const gammel = tilInnbetalingListe(innbetalingerResponseSchema.parse(eldre(fil("innbetalinger-871978433-2022.json"))).innbetaling);
  assert.deepEqual(gammel, ny);
  const nyeKrav = tilKravListe(kravResponseSchema.parse(fil("krav-871978433-2022.json")).krav);
  const gamleKrav = tilKravListe(kravResponseSchema.parse(eldre(fil("krav-871978433-2022.json"))).krav);
  assert.deepEqual(
    gamleKrav.map((k) => [k.kravidentifikator, k.beskrivelse, k.periode, k.hovedstolKravidentifikator, k.forfall[0]!.innbetalinger.map((i) => [i.kid, i.benyttetBeloep])]),
    nyeKrav.map((k) => [k.kravidentifikator, k.beskrivelse, k.periode, k.hovedstolKravidentifikator, k.forfall[0]!.innbetalinger.map((i) => [i.kid, i.benyttetBeloep])]),
  );
  const a = aapne(eldre(fil("aapnekrav-871978433.json")));
  assert.equal(a.krav.find((k) => k.kravidentifikator === "KRAV-33712709")!.beskrivelse, "Mva-melding");
});

test("odd items: defaults for missing kravgruppe, spraak null, null plassertBeloep, a date-time, a numeric string; an unreadable item is dropped and counted", () => {
  const a = fil("aapnekrav-871978433.json") as { aapentKravMedGjenstaaendeBeloep: Record<string, unknown>[] };
  const [mva, fasts, aga, trekk, person] = a.aapentKravMedGjenstaaendeBeloep as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  delete mva!.kravgruppe;
  mva!.kravbeskrivelse.spraakTekst[0].spraak = null;
  person!.kravforfall[0].plassertInnbetaling[0].plassertBeloep = null;
  fasts!.kravforfall[0].forfallsdato = "2023-09-08T00:00:00+02:00";
  aga!.gjenstaaendeBeloep = "6373.0";
  aga!.kravforfall[0].gjenstaaendeBeloep = "6373";
  delete trekk!.kravforfall[0].forfallsdato;
  const parsed = aapnekravResponseSchema.parse(a);
  const m = tilAapneKrav(parsed);
  assert.equal(m.forkastet, 1);
  assert.equal(m.krav.length, 4);
  assert.ok(!m.krav.some((k) => k.kravidentifikator === "253517378"), "the claim without a due date is left out");
  const k = (id: string) => m.krav.find((x) => x.kravidentifikator === id)!;
  assert.equal(k("KRAV-33712709").kravgruppe, "Andre krav");
  assert.equal(k("KRAV-33712709").beskrivelse, "Mva-melding");
  assert.equal(k("250884358").forfall[0]!.innbetalinger[0]!.benyttetBeloep, 0);
  assert.equal(k("KRAV-33949619").forfall[0]!.forfallsdato, "2023-09-08");
  assert.equal(k("253517389").gjenstaaendeBeloep, 6373);
  assert.equal(k("253517389").forfall[0]!.gjenstaaendeBeloep, 6373);
  assert.equal(lagOppsummering(m, "2022-06-01").forkastet, 1);
});
