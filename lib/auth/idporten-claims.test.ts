import { test } from "node:test";
import assert from "node:assert/strict";
import { acrIsSufficient, readIdportenLogin, uiLocaleFrom } from "./idporten-claims";

const kari = { pid: "24817510260", acr: "idporten-loa-high", sid: "sid-1", name: "Kari Nordmann", sub: "pairwise-x" };

test("a high-level login with a valid pid gives the person keyed by pid, with sid and name", () => {
  assert.deepEqual(readIdportenLogin(kari, "idporten-loa-high"), { ok: true, pid: "24817510260", name: "Kari Nordmann", sid: "sid-1", acr: "idporten-loa-high" });
});

test("a lower level than required is refused; high satisfies a substantial requirement", () => {
  assert.deepEqual(readIdportenLogin({ ...kari, acr: "idporten-loa-substantial" }, "idporten-loa-high"), { ok: false, reason: "acr" });
  assert.equal(readIdportenLogin({ ...kari, acr: "idporten-loa-substantial" }, "idporten-loa-substantial").ok, true);
  assert.equal(acrIsSufficient("idporten-loa-high", "idporten-loa-substantial"), true);
  for (const acr of [undefined, "", "Level4", "idporten-loa-low", 4]) assert.equal(acrIsSufficient(acr, "idporten-loa-substantial"), false, String(acr));
});

test("a missing or invalid pid is refused (sub alone is pairwise and not a person key)", () => {
  for (const pid of [undefined, "", "24817510261", "2481751026", 24817510260]) {
    assert.deepEqual(readIdportenLogin({ ...kari, pid }, "idporten-loa-high"), { ok: false, reason: "pid" }, String(pid));
  }
});

test("d-nummer and synthetic test numbers are accepted as pid", () => {
  assert.equal(readIdportenLogin({ ...kari, pid: "15828510085" }, "idporten-loa-high").ok, true);
});

test("name and sid are optional", () => {
  const got = readIdportenLogin({ pid: "24817510260", acr: "idporten-loa-high" }, "idporten-loa-high");
  assert.deepEqual(got, { ok: true, pid: "24817510260", name: null, sid: null, acr: "idporten-loa-high" });
});

test("ui_locales follows the browser's language, bokmål by default", () => {
  assert.equal(uiLocaleFrom("nn-NO,nn;q=0.9,en;q=0.5"), "nn");
  assert.equal(uiLocaleFrom("en-GB,en;q=0.9"), "en");
  assert.equal(uiLocaleFrom("nb-NO"), "nb");
  assert.equal(uiLocaleFrom("no"), "nb");
  assert.equal(uiLocaleFrom("de-DE,en;q=0.3"), "en");
  assert.equal(uiLocaleFrom("fr"), "nb");
  assert.equal(uiLocaleFrom(null), "nb");
  assert.equal(uiLocaleFrom("en;q=0.2,nn;q=0.8"), "nn");
});
