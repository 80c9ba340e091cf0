import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { SEED_ORGNR } from "../testdata/parties";
import { hent, startPar, type Par } from "./testhjelp";

/** The stand-in counts the requests it answers at once, so a test can hold the app to Skatteetaten's 5. */
let p: Par;
before(async () => {
  p = await startPar(4742, 4744, { api: { delayMs: 60 } });
});
after(async () => p.close());

const samtidighet = async (method = "GET") => (await (await fetch(new URL("/_standin/samtidighet", p.api.url), { method })).json()) as { naa: number; maks: number };

test("GET /_standin/samtidighet gives the most API requests at once; DELETE resets it", async () => {
  await samtidighet("DELETE");
  assert.deepEqual(await samtidighet(), { naa: 0, maks: 0 });
  const token = await p.token(SEED_ORGNR);
  await Promise.all(Array.from({ length: 7 }, () => hent(p.api.url, `/regnskapssystem/${SEED_ORGNR}/aapnekrav`, token)));
  assert.deepEqual(await samtidighet(), { naa: 0, maks: 7 });
  await hent(p.api.url, `/regnskapssystem/${SEED_ORGNR}/aapnekrav`, token);
  assert.equal((await samtidighet()).maks, 7);
  assert.deepEqual(await samtidighet("DELETE"), { naa: 0, maks: 0 });
});
