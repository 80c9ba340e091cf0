import { test } from "node:test";
import assert from "node:assert/strict";
import { NextRequest } from "next/server";
import { proxy } from "./proxy";
import { feilsvar } from "./lib/tekster/feilsvar";

const APP = "http://localhost:3000";

test("a garbled percent-encoded API path is a 400 in Norwegian, before Next fails to decode it", async () => {
  const res = proxy(new NextRequest(`${APP}/api/part/%E0%A4%A/aapnekrav`));
  assert.equal(res.status, 400);
  assert.deepEqual(await res.json(), { status: 400, kode: "UGYLDIG_ADRESSE", melding: feilsvar.ugyldigAdresse });
});

test("a garbled party number in a page address is rewritten to the invalid-orgnr page with 400", () => {
  const res = proxy(new NextRequest(`${APP}/%E0%A4%A`));
  assert.equal(res.status, 400);
  assert.equal(new URL(res.headers.get("x-middleware-rewrite")!).pathname, "/ugyldig-organisasjonsnummer");
});
