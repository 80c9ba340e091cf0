import { test } from "node:test";
import assert from "node:assert/strict";
import { spraakFraNettleser } from "./server";
import { tilSpraak } from "./spraak";

test("without a choice the browser's language decides; Sámi and unknown languages get bokmål", () => {
  assert.equal(spraakFraNettleser("nn-NO,nb;q=0.8"), "nn");
  assert.equal(spraakFraNettleser("en-US,en;q=0.9"), "en");
  assert.equal(spraakFraNettleser("de-DE,en;q=0.5"), "en");
  assert.equal(spraakFraNettleser("no"), "nb");
  assert.equal(spraakFraNettleser("se"), "nb");
  assert.equal(spraakFraNettleser("de"), "nb");
  assert.equal(spraakFraNettleser(null), "nb");
});

test("an id_token locale or cookie value becomes one of our languages, bokmål otherwise", () => {
  assert.equal(tilSpraak("en"), "en");
  assert.equal(tilSpraak("nn"), "nn");
  assert.equal(tilSpraak("se"), "nb");
  assert.equal(tilSpraak("EN"), "nb");
  assert.equal(tilSpraak(undefined), "nb");
});
