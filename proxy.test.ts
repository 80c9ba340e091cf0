import { test } from "node:test";
import assert from "node:assert/strict";
import { NextRequest } from "next/server";
import { proxy } from "./proxy";
import { oversetter } from "./lib/i18n/oversetter";

const APP = "http://localhost:3000";

test("a garbled percent-encoded API path is a 400 in Norwegian, before Next fails to decode it", async () => {
  const res = await proxy(new NextRequest(`${APP}/api/part/%E0%A4%A/aapnekrav`));
  assert.equal(res.status, 400);
  assert.deepEqual(await res.json(), { status: 400, kode: "UGYLDIG_ADRESSE", melding: oversetter("nb", "feilsvar")("ugyldigAdresse") });
});

test("the 400's text follows the language chosen (cookie), else the browser's", async () => {
  const path = `${APP}/api/part/%E0%A4%A/aapnekrav`;
  const medCookie = await proxy(new NextRequest(path, { headers: { cookie: "spraak=en", "accept-language": "nn" } }));
  assert.equal((await medCookie.json()).melding, oversetter("en", "feilsvar")("ugyldigAdresse"));
  const nettleser = await proxy(new NextRequest(path, { headers: { "accept-language": "nn-NO,nn;q=0.9" } }));
  assert.equal((await nettleser.json()).melding, oversetter("nn", "feilsvar")("ugyldigAdresse"));
  const ukjent = await proxy(new NextRequest(path, { headers: { cookie: "spraak=xx" } }));
  assert.equal((await ukjent.json()).melding, oversetter("nb", "feilsvar")("ugyldigAdresse"));
});

test("a garbled party number in a page address is rewritten to the invalid-orgnr page with 400", async () => {
  const res = await proxy(new NextRequest(`${APP}/%E0%A4%A`));
  assert.equal(res.status, 400);
  assert.equal(new URL(res.headers.get("x-middleware-rewrite")!).pathname, "/ugyldig-organisasjonsnummer");
});
