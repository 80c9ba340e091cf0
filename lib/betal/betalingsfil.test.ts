import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { erGyldigKontonummer } from "@/lib/identifikator";
import { lagForfall, lagKrav } from "@/lib/krav-visning/testfabrikk";
import { erBankdag, bankdagFraOgMed } from "./bankdag";
import { betalingsfilStroem, nyBetalingsfil, planleggBetalingsfil, skrivBetalingsfil, tilXmlBeloep } from "./betalingsfil";
import { lesBetalingsfilSkjema } from "./betalingsfil-skjema";
import { harXmllint, validerPain001 } from "./pain001-xsd";
import { lagBetaling } from "./utvalg";

const IDAG = "2025-06-02";
const info = (kid: string | null, kontonummer: string | null = "63450618888") => ({ kontonummer, kid, iban: null, swiftBIC: null, bankinformasjon: null });
const BETALER = { navn: "Blåbær & Ørret <AS>", orgnr: "311851381", kontonummer: "12345678903" };

const forskudd = lagKrav({
  beskrivelse: "Forskuddsskatt",
  forfall: [
    lagForfall({ kravforfallsIdentifikator: "F-1", forfallsdato: "2025-03-15", gjenstaaendeBeloep: 100.1, betalingsinformasjon: info("2002200220023") }),
    lagForfall({ kravforfallsIdentifikator: "F-2", forfallsdato: "2025-05-15", gjenstaaendeBeloep: 200.2, betalingsinformasjon: info("2002200220023") }),
  ],
});
const mva = lagKrav({ beskrivelse: "Merverdiavgift", forfall: [lagForfall({ kravforfallsIdentifikator: "M-1", forfallsdato: "2025-04-10", gjenstaaendeBeloep: 1234567.89, betalingsinformasjon: info("7007700770073", "70250500011") })] });
const utenKid = lagKrav({ beskrivelse: "Skjult", forfall: [lagForfall({ forfallsdato: "2025-04-01", gjenstaaendeBeloep: 999, betalingsinformasjon: null })] });
const utenKonto = lagKrav({ beskrivelse: "Uten konto", forfall: [lagForfall({ forfallsdato: "2025-04-01", gjenstaaendeBeloep: 5, betalingsinformasjon: info("123", null) })] });

function lesTilbake(xml: string) {
  const tall = (tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, "g"))].map((m) => m[1]!);
  return {
    nbOfTxs: tall("NbOfTxs"),
    ctrlSum: tall("CtrlSum"),
    beloep: [...xml.matchAll(/<InstdAmt Ccy="NOK">([^<]*)<\/InstdAmt>/g)].map((m) => m[1]!),
    kid: [...xml.matchAll(/<CdtrRefInf>\s*<Tp>\s*<CdOrPrtry>\s*<Cd>SCOR<\/Cd>\s*<\/CdOrPrtry>\s*<\/Tp>\s*<Ref>([^<]*)<\/Ref>/g)].map((m) => m[1]!),
  };
}

const tilFil = (xml: string) => {
  const fil = join(mkdtempSync(join(tmpdir(), "pain001-")), "b.xml");
  writeFileSync(fil, xml);
  return fil;
};

test("one credit transfer per due date, KID as SCOR reference, accounts, sums and counts; XSD-valid", { skip: harXmllint ? false : "xmllint (libxml2-utils) is not installed" }, () => {
  const plan = planleggBetalingsfil(lagBetaling({ krav: [forskudd, mva, utenKid, utenKonto] }, { type: "forfalte" }, IDAG));
  assert.deepEqual(plan.overfoeringer.map((o) => [o.forfallsdato, o.oere, o.kid]), [
    ["2025-03-15", 10010, "2002200220023"],
    ["2025-04-10", 123456789, "7007700770073"],
    ["2025-05-15", 20020, "2002200220023"],
  ]);
  assert.deepEqual(plan.utelatt.map((u) => [u.linje.beskrivelse, u.grunn]), [["Skjult", "manglerKid"], ["Uten konto", "manglerKonto"]]);
  const fil = nyBetalingsfil({ betaler: BETALER, utfoerelsesdato: IDAG, overfoeringer: plan.overfoeringer, naa: new Date("2025-06-02T10:00:00Z") });
  const xml = skrivBetalingsfil(fil);
  assert.equal(validerPain001(tilFil(xml)), null);
  const r = lesTilbake(xml);
  assert.deepEqual(r.nbOfTxs, ["3", "3"], "GrpHdr and PmtInf");
  assert.deepEqual(r.ctrlSum, ["1234868.19", "1234868.19"]);
  assert.deepEqual(r.beloep, ["100.10", "1234567.89", "200.20"]);
  assert.equal(r.beloep.reduce((s, b) => s + Math.round(Number(b) * 100), 0), 123486819, "CtrlSum is the lines' sum");
  assert.deepEqual(r.kid, ["2002200220023", "7007700770073", "2002200220023"]);
  assert.ok(!xml.includes("999.00") && !xml.includes("<Ref>123</Ref>"), "no line without KID or account in the file");
  assert.match(xml, /<DbtrAcct>\s*<Id>\s*<Othr>\s*<Id>12345678903<\/Id>/);
  assert.deepEqual([...xml.matchAll(/<CdtrAcct>\s*<Id>\s*<Othr>\s*<Id>(\d+)<\/Id>/g)].map((m) => m[1]), ["63450618888", "70250500011", "63450618888"]);
  assert.match(xml, /<ReqdExctnDt>2025-06-02<\/ReqdExctnDt>/);
  assert.match(xml, /<CreDtTm>2025-06-02T12:00:00<\/CreDtTm>/, "Oslo time");
  assert.match(xml, /<Nm>Blåbær &amp; Ørret &lt;AS&gt;<\/Nm>/, "the name escaped, not concatenated");
});

test("MsgId is unique per file and at most 35 characters; PmtInfId too", () => {
  const overfoeringer = planleggBetalingsfil(lagBetaling({ krav: [mva] }, { type: "forfalte" }, IDAG)).overfoeringer;
  const naa = new Date("2025-06-02T10:00:00Z");
  const a = nyBetalingsfil({ betaler: BETALER, utfoerelsesdato: IDAG, overfoeringer, naa });
  const b = nyBetalingsfil({ betaler: BETALER, utfoerelsesdato: IDAG, overfoeringer, naa });
  assert.notEqual(a.msgId, b.msgId);
  for (const id of [a.msgId, a.pmtInfId]) assert.ok(id.length <= 35, id);
});

test("a screened party's lines (no KID) are left out with that reason; a file with nothing in it is refused", () => {
  const plan = planleggBetalingsfil(lagBetaling({ krav: [utenKid] }, { type: "forfalte" }, IDAG), { skjermet: true });
  assert.deepEqual(plan.utelatt.map((u) => u.grunn), ["skjermet"]);
  assert.equal(plan.overfoeringer.length, 0);
  assert.throws(() => skrivBetalingsfil(nyBetalingsfil({ betaler: BETALER, utfoerelsesdato: IDAG, overfoeringer: [] })));
});

test("the stream gives the same bytes as the string, in several chunks for a large file, and stays XSD-valid", { skip: harXmllint ? false : "xmllint (libxml2-utils) is not installed" }, async () => {
  const krav = Array.from({ length: 1200 }, (_, i) => lagKrav({ forfall: [lagForfall({ forfallsdato: "2024-01-15", gjenstaaendeBeloep: i + 0.05, betalingsinformasjon: info(`1000${i}`) })] }));
  const fil = nyBetalingsfil({ betaler: BETALER, utfoerelsesdato: IDAG, overfoeringer: planleggBetalingsfil(lagBetaling({ krav }, { type: "forfalte" }, IDAG)).overfoeringer });
  const deler: Uint8Array[] = [];
  const leser = betalingsfilStroem(fil, 100).getReader();
  for (let r = await leser.read(); !r.done; r = await leser.read()) deler.push(r.value);
  assert.ok(deler.length >= 12);
  const xml = Buffer.concat(deler).toString("utf8");
  assert.equal(xml, skrivBetalingsfil(fil));
  assert.equal(validerPain001(tilFil(xml)), null);
  const r = lesTilbake(xml);
  assert.equal(r.beloep.length, 1200);
  assert.equal(r.ctrlSum[0], tilXmlBeloep(r.beloep.reduce((s, b) => s + Math.round(Number(b) * 100), 0)));
});

test("amounts: two decimals with a dot, no grouping", () => {
  assert.equal(tilXmlBeloep(5), "0.05");
  assert.equal(tilXmlBeloep(123456789), "1234567.89");
  assert.equal(tilXmlBeloep(100), "1.00");
});

test("the payer's account: 11 digits with a mod-11 check digit; spaces and dots as typed are fine", () => {
  assert.ok(erGyldigKontonummer("12345678903"));
  assert.ok(erGyldigKontonummer("1234.56.78903"));
  assert.ok(erGyldigKontonummer("1503 12 34562"));
  assert.ok(!erGyldigKontonummer("12345678904"), "wrong check digit");
  assert.ok(!erGyldigKontonummer("1234567890"), "ten digits");
  assert.ok(!erGyldigKontonummer("63450618888"), "check digit would be 10: no such account");
  assert.deepEqual(lesBetalingsfilSkjema({ fraKonto: "1234 56 78904", betalingsdato: IDAG }, IDAG), { ok: false, feil: [{ felt: "fraKonto", kode: "kontoKontrollsiffer" }] });
  assert.deepEqual(lesBetalingsfilSkjema({ fraKonto: "12a", betalingsdato: IDAG }, IDAG), { ok: false, feil: [{ felt: "fraKonto", kode: "kontoFormat" }] });
  assert.deepEqual(lesBetalingsfilSkjema({ fraKonto: "", betalingsdato: "2025-06-01" }, IDAG), { ok: false, feil: [{ felt: "fraKonto", kode: "kontoMangler" }, { felt: "betalingsdato", kode: "datoPassert" }] });
  assert.deepEqual(lesBetalingsfilSkjema({ fraKonto: "12345678903", betalingsdato: "2025-02-30" }, IDAG), { ok: false, feil: [{ felt: "betalingsdato", kode: "datoUgyldig" }] });
  assert.deepEqual(lesBetalingsfilSkjema({ fraKonto: "12345678903", betalingsdato: "2026-06-03" }, IDAG), { ok: false, feil: [{ felt: "betalingsdato", kode: "datoForLangt" }] });
  assert.deepEqual(lesBetalingsfilSkjema({ fraKonto: "12345678903", betalingsdato: "10.06.2025" }, IDAG), { ok: true, kontonummer: "12345678903", utfoerelsesdato: "2025-06-10" }, "as typed in Norwegian");
  assert.deepEqual(lesBetalingsfilSkjema({ fraKonto: "1234.56.78903" }, "2025-06-07"), { ok: true, kontonummer: "12345678903", utfoerelsesdato: "2025-06-10" }, "Saturday before Whit Monday: Tuesday");
});

test("banking days: weekends and Norwegian public holidays are not", () => {
  assert.ok(erBankdag("2025-06-02"));
  for (const d of ["2025-06-07", "2025-06-08", "2025-06-09", "2025-04-17", "2025-04-18", "2025-04-21", "2025-05-01", "2025-05-17", "2025-05-29", "2025-12-25", "2025-12-26", "2026-01-01"]) assert.ok(!erBankdag(d), d);
  assert.equal(bankdagFraOgMed("2025-04-17"), "2025-04-22");
  assert.equal(bankdagFraOgMed("2025-06-02"), "2025-06-02");
});

test("the validator is real: a file with a comma amount or a too long MsgId is refused", { skip: harXmllint ? false : "xmllint (libxml2-utils) is not installed" }, () => {
  const fil = nyBetalingsfil({ betaler: BETALER, utfoerelsesdato: IDAG, overfoeringer: planleggBetalingsfil(lagBetaling({ krav: [mva] }, { type: "forfalte" }, IDAG)).overfoeringer });
  const xml = skrivBetalingsfil(fil);
  assert.notEqual(validerPain001(tilFil(xml.replace("1234567.89", "1234567,89"))), null);
  assert.notEqual(validerPain001(tilFil(xml.replace(fil.msgId, "X".repeat(36)))), null);
});
