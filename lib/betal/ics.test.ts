import assert from "node:assert/strict";
import { test } from "node:test";
import { lagForfall, lagKrav } from "@/lib/krav-visning/testfabrikk";
import { brett, escapeTekst, lagIcs } from "./ics";
import { kommendeForfall } from "./utvalg";

const krav = lagKrav({
  kravidentifikator: "K 1",
  beskrivelse: "Merverdiavgift, særavgift; og mer",
  periode: "2025/03",
  forfall: [
    lagForfall({ kravforfallsIdentifikator: "F1", forfallsdato: "2025-12-31", gjenstaaendeBeloep: 21200 }),
    lagForfall({ kravforfallsIdentifikator: "F0", forfallsdato: "2025-01-10", gjenstaaendeBeloep: 5 }),
  ],
});

function utfold(ics: string): string[] {
  return ics.replace(/\r\n /g, "").split("\r\n");
}

test("one VEVENT per coming due date, all-day, with amount, KID and a link back; CRLF and folded at 75 octets", () => {
  const ics = lagIcs({ navn: "Nordmann Eplepress ENK", forfall: kommendeForfall({ krav: [krav] }, "2025-06-01"), betalUrl: "https://app.example/313367002/betal", naa: new Date("2025-06-01T10:11:12.345Z"), spraak: "nb" });
  assert.ok(ics.endsWith("\r\n"));
  assert.ok(!/[^\r]\n/.test(ics), "every line break is CRLF");
  for (const l of ics.split("\r\n")) assert.ok(Buffer.byteLength(l, "utf8") <= 75, `too long: ${l}`);
  const linjer = utfold(ics);
  assert.equal(linjer.filter((l) => l === "BEGIN:VEVENT").length, 1);
  assert.ok(linjer.includes("DTSTART;VALUE=DATE:20251231"));
  assert.ok(linjer.includes("DTEND;VALUE=DATE:20260101"));
  assert.ok(linjer.includes("DTSTAMP:20250601T101112Z"));
  assert.ok(linjer.includes("UID:K-1.F1@krav-og-betalinger"));
  assert.ok(linjer.includes("SUMMARY:Forfall: Merverdiavgift\\, særavgift\\; og mer 2025/03\\, 21 200\\,00 kroner"));
  const beskrivelse = linjer.find((l) => l.startsWith("DESCRIPTION:"))!;
  assert.match(beskrivelse, /KID: 1234567890128\\n/);
  assert.match(beskrivelse, /Kontonummer: 6345 06 18888\\n/);
  assert.match(beskrivelse, /Betal: https:\/\/app\.example\/313367002\/betal\?krav=K\+1&forfall=F1$/);
});

test("in English and nynorsk: the texts and the amount in the language", () => {
  const lag = (spraak: "en" | "nn") =>
    utfold(lagIcs({ navn: "Nordmann Eplepress ENK", forfall: kommendeForfall({ krav: [krav] }, "2025-06-01"), betalUrl: "https://app.example/313367002/betal", naa: new Date(), spraak }));
  const en = lag("en");
  assert.ok(en.includes("X-WR-CALNAME:Due dates – Nordmann Eplepress ENK"));
  assert.ok(en.includes("SUMMARY:Due: Merverdiavgift\\, særavgift\\; og mer 2025/03\\, NOK 21\\,200.00"));
  const beskrivelse = en.find((l) => l.startsWith("DESCRIPTION:"))!;
  assert.match(beskrivelse, /^DESCRIPTION:Amount: NOK 21\\,200\.00\\nKID: 1234567890128\\nAccount number: 6345 06 18888\\nPay: https:/);
  const nn = lag("nn");
  assert.ok(nn.includes("X-WR-CALNAME:Forfallsdatoar – Nordmann Eplepress ENK"));
  assert.ok(nn.some((l) => l.startsWith("SUMMARY:Forfall: ") && l.endsWith("21 200\\,00 kroner")));
});

test("folding never splits a UTF-8 character and unfolds to the original", () => {
  const lang = `SUMMARY:${"æøå".repeat(40)}`;
  const brettet = brett(lang);
  for (const l of brettet.split("\r\n")) assert.ok(Buffer.byteLength(l, "utf8") <= 75);
  assert.equal(brettet.replace(/\r\n /g, ""), lang);
  assert.equal(escapeTekst("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
});

test("no coming due dates: a valid, empty calendar", () => {
  const ics = lagIcs({ navn: "X", forfall: [], betalUrl: "https://x/1/betal", naa: new Date(), spraak: "nb" });
  assert.match(ics, /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  assert.ok(!ics.includes("VEVENT"));
});
