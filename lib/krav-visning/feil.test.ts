import { test } from "node:test";
import assert from "node:assert/strict";
import { KravOgBetalingerError } from "@/lib/kravogbetalinger/errors";
import { statusForFeil, tilFeilInfo } from "./feil";

test("an API error becomes plain FeilInfo with the korrelasjonsid, and a status that says what kind", () => {
  const e = new KravOgBetalingerError({ type: "upstream", message: "x", status: 500, kode: "KB-002", korrelasjonsid: "abc" });
  const info = tilFeilInfo(e);
  assert.deepEqual(info, { type: "upstream", status: 500, kode: "KB-002", korrelasjonsid: "abc", kanProevesIgjen: true, ingenData: false });
  assert.equal(JSON.stringify(info), JSON.stringify({ ...info }), "no toJSON of its own: every field reaches the browser");
  assert.equal(statusForFeil(info), 503);
  assert.equal(statusForFeil(tilFeilInfo(new KravOgBetalingerError({ type: "upstream", message: "x", status: 404, kode: "KB-009" }))), 404);
  assert.equal(statusForFeil(tilFeilInfo(new KravOgBetalingerError({ type: "timeout", message: "x" }))), 504);
  assert.equal(statusForFeil(tilFeilInfo(new KravOgBetalingerError({ type: "schema", message: "x", status: 200 }))), 502);
});

test("an API error from another copy of the class (another bundle) is still recognised", () => {
  class KravOgBetalingerErrorKopi extends Error {
    type = "upstream";
    status = 500;
    kode = "DAS-003";
    korrelasjonsid = "k";
    get kanProevesIgjen() {
      return true;
    }
    get ingenDataForPart() {
      return false;
    }
    toJSON() {
      return { type: this.type };
    }
  }
  const kopi = new KravOgBetalingerErrorKopi("x");
  kopi.name = "KravOgBetalingerError";
  assert.deepEqual(tilFeilInfo(kopi), { type: "upstream", status: 500, kode: "DAS-003", korrelasjonsid: "k", kanProevesIgjen: true, ingenData: false });
});

test("anything else is an unknown error worth one more try, never the raw object", () => {
  assert.equal(tilFeilInfo(new Error("boom")).type, "ukjent");
  assert.equal(tilFeilInfo("boom").type, "ukjent");
  assert.equal(tilFeilInfo(null).kanProevesIgjen, true);
});
