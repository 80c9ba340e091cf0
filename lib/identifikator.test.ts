import { test } from "node:test";
import assert from "node:assert/strict";
import { erGyldigFnr, erGyldigKid, erGyldigKontonummer, erGyldigOrgnr, luhnCheckDigit, medKontrollsiffer } from "./identifikator";

test("Skatteetaten's published test organisations pass the orgnr check", () => {
  for (const orgnr of ["313367002", "311851381", "314961900", "314055403", "212201782", "310478717"]) {
    assert.ok(erGyldigOrgnr(orgnr), orgnr);
  }
});

test("a wrong check digit, wrong length or letters fail the orgnr check", () => {
  for (const bad of ["313367003", "31336700", "3133670021", "31336700a", "", " 313367002"]) {
    assert.equal(erGyldigOrgnr(bad), false, bad);
  }
});

test("medKontrollsiffer makes numbers that pass, and refuses when remainder is 10", () => {
  assert.equal(medKontrollsiffer("31336700"), "313367002");
  let refused = 0;
  for (let i = 0; i < 200; i++) {
    const made = medKontrollsiffer(String(31000000 + i));
    if (made === null) refused++;
    else assert.ok(erGyldigOrgnr(made));
  }
  assert.ok(refused > 0);
});

test("synthetic fødselsnummer (month + 80) are valid, a changed digit is not", () => {
  assert.ok(erGyldigFnr("24817510260"));
  assert.equal(erGyldigFnr("24817510261"), false);
  assert.equal(erGyldigFnr("2481751026"), false);
});

test("KID with MOD10 check digit is accepted, a changed digit is refused", () => {
  const body = "790490719521518001";
  const kid = body + luhnCheckDigit(body);
  assert.ok(erGyldigKid(kid));
  assert.ok(erGyldigKid("7904907195215180016"), "the seed's KID");
  assert.equal(erGyldigKid("1"), false);
});

test("account numbers: 11 digits with a mod-11 check digit pass; a changed digit, wrong length or letters fail", () => {
  for (const ok of ["86011117947", "12345678903", "15032080119"]) assert.ok(erGyldigKontonummer(ok), ok);
  for (const bad of ["63450618889", "6345061888", "634506188880", "6345.06.18888", "6345061888a", ""]) assert.equal(erGyldigKontonummer(bad), false, bad);
});
