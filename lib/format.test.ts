import { test } from "node:test";
import assert from "node:assert/strict";
import { formatBeloep, formatKontonummer, formatKroner, formatOrgnr, formatTall, maskKontonummer } from "./format";
import { formatDato, formatDatoLang, formatMaaned, parseIsoDato } from "./dato";

const nbsp = "\u00a0";

test("amounts use non-breaking spaces, a comma and a plain hyphen", () => {
  assert.equal(formatBeloep(448600), `448${nbsp}600,00`);
  assert.equal(formatBeloep(-315000), `-315${nbsp}000,00`);
  assert.equal(formatKroner(2434), `2${nbsp}434,00${nbsp}kroner`);
  assert.equal(formatBeloep(0.5), "0,50");
});

test("orgnr 3 3 3 and kontonummer 4 2 5; masked accounts untouched", () => {
  assert.equal(formatOrgnr("313367002"), `313${nbsp}367${nbsp}002`);
  assert.equal(formatKontonummer("63450618888"), `6345${nbsp}06${nbsp}18888`);
  assert.equal(formatKontonummer("******43210"), "******43210");
  assert.equal(maskKontonummer("63450618888"), "xxxxxx18888");
});

test("dates dd.MM.yyyy, and impossible dates are refused", () => {
  assert.equal(formatDato("2024-03-15"), "15.03.2024");
  assert.equal(parseIsoDato("2024-02-30"), null);
  assert.equal(parseIsoDato("15.03.2024"), null);
});

test("IBAN in groups of four; accounts the user sees only in part end in five digits", async () => {
  const { formatIban, formatKontoMaskert } = await import("./format");
  assert.equal(formatIban("NO9386011117947"), `NO93${nbsp}8601${nbsp}1117${nbsp}947`);
  assert.equal(formatIban("no93 8601 1117 947"), `NO93${nbsp}8601${nbsp}1117${nbsp}947`);
  assert.equal(formatKontoMaskert("63450618888"), "xxxxxx18888");
  assert.equal(formatKontoMaskert("******43210"), "xxxxxx43210");
  assert.equal(formatKontoMaskert("xxxxx13531"), "xxxxx13531");
  assert.equal(formatKontoMaskert("ukjent"), "ukjent");
});

test("dates: the long form in Norwegian, ISO round trip, and no invented dates", async () => {
  const { formatDatoLang, tilIsoDato } = await import("./dato");
  assert.equal(formatDatoLang("2024-03-15"), "15. mars 2024");
  assert.equal(tilIsoDato(parseIsoDato("2024-02-29")!), "2024-02-29");
  assert.equal(parseIsoDato("2023-02-29"), null);
  assert.equal(parseIsoDato("2024-13-01"), null);
  assert.equal(formatDato("ikke en dato"), "ikke en dato");
});

test("amounts per language: nb and nn with spaces and comma, en-GB with comma groups and a point", () => {
  assert.equal(formatBeloep(448600, "nn"), `448${nbsp}600,00`);
  assert.equal(formatBeloep(448600, "en"), "448,600.00");
  assert.equal(formatBeloep(-315000.5, "en"), "-315,000.50");
  assert.equal(formatKroner(2434, "nn"), `2${nbsp}434,00${nbsp}kroner`);
  assert.equal(formatKroner(2434, "en"), `NOK${nbsp}2,434.00`);
});

test("dates per language: dd.MM.yyyy in Norwegian, dd/MM/yyyy in British English; long forms with date-fns locales", () => {
  assert.equal(formatDato("2024-03-15", "nn"), "15.03.2024");
  assert.equal(formatDato("2024-03-15", "en"), "15/03/2024");
  assert.equal(formatDatoLang("2024-03-15"), "15. mars 2024");
  assert.equal(formatDatoLang("2024-03-15", "nn"), "15. mars 2024");
  assert.equal(formatDatoLang("2024-03-15", "en"), "15 March 2024");
  assert.equal(formatMaaned(new Date(2024, 4, 1), "nn"), "mai");
  assert.equal(formatMaaned(new Date(2024, 4, 1), "en"), "May");
});

test("plain numbers with fixed decimals follow the language (interest rates, file sizes)", () => {
  assert.equal(formatTall(12.5), "12,50");
  assert.equal(formatTall(12.5, "en"), "12.50");
  assert.equal(formatTall(2.25, "nn", 1), "2,3");
  assert.equal(formatTall(1234.5, "en", 1), "1,234.5");
});
