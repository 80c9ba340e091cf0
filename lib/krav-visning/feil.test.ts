import { test } from "node:test";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
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
  assert.equal(statusForFeil(tilFeilInfo(new KravOgBetalingerError({ type: "timeout", message: "x", kode: "SVARER_IKKE" }))), 503, "the open breaker: we did not ask");
  assert.equal(statusForFeil(tilFeilInfo(new KravOgBetalingerError({ type: "schema", message: "x", status: 200 }))), 502);
});

test("an API error from another copy of the class (another bundle) is still recognised", async () => {
  // A second copy of the module file, as a bundler gives each route bundle.
  const copyPath = join(mkdtempSync(join(tmpdir(), "kob-feil-")), "errors.ts");
  copyFileSync(new URL("../kravogbetalinger/errors.ts", import.meta.url), copyPath);
  const copy = (await import(pathToFileURL(copyPath).href)) as typeof import("@/lib/kravogbetalinger/errors");
  const kopi = new copy.KravOgBetalingerError({ type: "upstream", message: "x", status: 500, kode: "DAS-003", korrelasjonsid: "k" });
  assert.deepEqual(tilFeilInfo(kopi), { type: "upstream", status: 500, kode: "DAS-003", korrelasjonsid: "k", kanProevesIgjen: true, ingenData: false });
});

test("anything else is an unknown error worth one more try, never the raw object", () => {
  assert.equal(tilFeilInfo(new Error("boom")).type, "ukjent");
  assert.equal(tilFeilInfo("boom").type, "ukjent");
  assert.equal(tilFeilInfo(null).kanProevesIgjen, true);
});
