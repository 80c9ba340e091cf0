import { test } from "node:test";
import assert from "node:assert/strict";
import { classifyOrgnrParam } from "./orgnr-param";

test("a valid organisasjonsnummer is accepted, with or without spaces", () => {
  assert.deepEqual(classifyOrgnrParam("313367002"), { kind: "valid", orgnr: "313367002" });
  assert.deepEqual(classifyOrgnrParam("313%20367%20002"), { kind: "valid", orgnr: "313367002" });
});

test("digits that are not an organisasjonsnummer are invalid (wrong length, failing mod 11)", () => {
  for (const bad of ["313367003", "31336700", "3133670021", "123", "313367000"]) {
    assert.deepEqual(classifyOrgnrParam(bad), { kind: "invalid" }, bad);
  }
});

test("words are not organisasjonsnummer at all (a page that does not exist)", () => {
  for (const word of ["finnes-ikke", "velg-virksomhet", "31336700a", "%E0%A4%A"]) {
    assert.deepEqual(classifyOrgnrParam(word), { kind: "not-orgnr" }, word);
  }
});
