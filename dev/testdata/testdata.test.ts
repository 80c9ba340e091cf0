import { test } from "node:test";
import assert from "node:assert/strict";
import { erGyldigFnr, erGyldigOrgnr } from "../../lib/identifikator";
import { TEST_PARTIES, findTestParty } from "./parties";
import { TEST_PERSONS } from "./persons";

test("every test party has a valid, unique organisasjonsnummer", () => {
  const seen = new Set<string>();
  for (const p of TEST_PARTIES) {
    assert.ok(erGyldigOrgnr(p.orgnr), `${p.name} ${p.orgnr}`);
    assert.ok(!seen.has(p.orgnr), `duplicate ${p.orgnr}`);
    seen.add(p.orgnr);
  }
});

test("every test person has a valid synthetic pid and only known parties", () => {
  for (const person of TEST_PERSONS) {
    assert.ok(erGyldigFnr(person.pid), person.name);
    assert.ok(Number(person.pid.slice(2, 4)) > 80, `${person.name}: month + 80`);
    for (const access of person.parties) assert.ok(findTestParty(access.orgnr), `${person.name} -> ${access.orgnr}`);
  }
});

test("the accountant has at least 200 clients", () => {
  const rita = TEST_PERSONS.find((p) => p.name === "Rita Regnskap")!;
  assert.ok(rita.parties.length >= 200);
});
