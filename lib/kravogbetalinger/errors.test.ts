import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { KravOgBetalingerError } from "./errors";

test("an error made by another copy of the class (another route bundle) is still recognised", async () => {
  // A second copy of the module file, as a bundler gives each route bundle.
  const copyPath = join(mkdtempSync(join(tmpdir(), "kob-errors-")), "errors.ts");
  copyFileSync(new URL("./errors.ts", import.meta.url), copyPath);
  const copy = (await import(pathToFileURL(copyPath).href)) as typeof import("./errors");
  assert.notEqual(copy.KravOgBetalingerError, KravOgBetalingerError, "the test needs a second copy of the module");
  const fromOtherBundle = new copy.KravOgBetalingerError({ type: "upstream", message: "x", status: 500, kode: "KB-002", korrelasjonsid: "k-1" });
  assert.ok(fromOtherBundle instanceof KravOgBetalingerError);
  assert.equal(new Error("plain") instanceof KravOgBetalingerError, false);
  assert.equal({ type: "upstream" } instanceof KravOgBetalingerError, false);
});

test("retry and no-data rules follow the API's codes", () => {
  const feil = (args: Partial<ConstructorParameters<typeof KravOgBetalingerError>[0]>) =>
    new KravOgBetalingerError({ type: "upstream", message: "x", ...args });
  assert.equal(feil({ status: 500, kode: "KB-001" }).kanProevesIgjen, true);
  assert.equal(feil({ status: 500, kode: "DAS-003" }).kanProevesIgjen, true);
  assert.equal(feil({ status: 400, kode: "KB-006" }).kanProevesIgjen, false);
  assert.equal(feil({ type: "timeout" }).kanProevesIgjen, true);
  assert.equal(feil({ status: 404, kode: "KB-009" }).ingenDataForPart, true);
});
