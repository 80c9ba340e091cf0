import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { decodeProtectedHeader, importJWK, jwtVerify, type JWK } from "jose";
import { createMaskinportenClient, lagAssertion, MaskinportenError } from "./index";
import { createLogger } from "../log";
import { PRIVATE_JWK_FILE, publicJwk, startTokenServer, type TokenServer } from "./testing";

const ORGNR = "313367002";
const privateJwk = JSON.parse(readFileSync("dev/keys/maskinporten-client.private.jwk.json", "utf8")) as JWK;

test("the assertion carries the claims Maskinporten asks for and verifies with the public key in dev/keys", async () => {
  const iat = Math.floor(Date.now() / 1000);
  const jwt = await lagAssertion({
    jwk: privateJwk,
    clientId: "min-klient",
    audience: "https://test.maskinporten.no/",
    scopes: "skatteetaten:kravogbetalinger",
    orgnr: ORGNR,
    iat,
  });
  const header = decodeProtectedHeader(jwt);
  assert.equal(header.alg, "RS256");
  assert.equal(header.kid, publicJwk().kid);
  const { payload } = await jwtVerify(jwt, await importJWK(publicJwk(), "RS256"), {
    audience: "https://test.maskinporten.no/",
    issuer: "min-klient",
  });
  assert.equal(payload.scope, "skatteetaten:kravogbetalinger");
  assert.equal(payload.iat, iat);
  assert.ok(payload.exp! > iat && payload.exp! <= iat + 120, `exp ${payload.exp} iat ${iat}`);
  assert.match(String(payload.jti), /^[0-9a-f-]{36}$/);
  assert.deepEqual(payload.authorization_details, [
    { type: "urn:altinn:systemuser", systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${ORGNR}` } },
  ]);
});

test("every assertion has a fresh jti, and the lifetime is capped at 120 s", async () => {
  const args = { jwk: privateJwk, clientId: "c", audience: "a", scopes: "s", orgnr: ORGNR, iat: 1_700_000_000, lifetimeSeconds: 600 };
  const a = await jwtVerify(await lagAssertion(args), await importJWK(publicJwk(), "RS256"), { currentDate: new Date(1_700_000_001_000) });
  const b = await jwtVerify(await lagAssertion(args), await importJWK(publicJwk(), "RS256"), { currentDate: new Date(1_700_000_001_000) });
  assert.notEqual(a.payload.jti, b.payload.jti);
  assert.equal(a.payload.exp, 1_700_000_120);
});

let server: TokenServer;
before(async () => {
  server = await startTokenServer();
});
after(() => server.close());

function client(extra: Partial<Parameters<typeof createMaskinportenClient>[0]> = {}) {
  return createMaskinportenClient({
    wellKnownUrl: server.wellKnownUrl,
    clientId: "krav-og-betalinger-test",
    clientJwk: PRIVATE_JWK_FILE,
    scopes: "skatteetaten:kravogbetalinger",
    logger: createLogger(undefined, "silent"),
    ...extra,
  });
}

test("gets a token with the JWT grant: audience from the metadata, the party as Systembruker", async () => {
  const before = server.issued.length;
  const token = await client().hentToken(ORGNR);
  assert.equal(token, server.issued.at(-1));
  assert.equal(server.issued.length, before + 1);
  const sent = server.assertions.at(-1)!;
  assert.equal(sent.payload.aud, server.issuer);
  assert.equal(sent.payload.iss, "krav-og-betalinger-test");
  assert.equal(sent.payload.scope, "skatteetaten:kravogbetalinger");
  assert.deepEqual(sent.payload.authorization_details, [
    { type: "urn:altinn:systemuser", systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${ORGNR}` } },
  ]);
  const post = server.requests.filter((r) => r.url.pathname === "/token").at(-1)!;
  assert.equal(post.headers["content-type"], "application/x-www-form-urlencoded");
  assert.equal(new URLSearchParams(post.body).get("grant_type"), "urn:ietf:params:oauth:grant-type:jwt-bearer");
});

test("the key may also be given inline as JSON", async () => {
  const token = await client({ clientJwk: JSON.stringify(privateJwk) }).hentToken(ORGNR);
  assert.equal(token, server.issued.at(-1));
});

test("tokens are cached per party until 10 s before expiry", async () => {
  let now = Date.now();
  const c = client({ now: () => now });
  const start = server.issued.length;
  const first = await c.hentToken(ORGNR);
  now += 100_000; // 20 s left of 120
  assert.equal(await c.hentToken(ORGNR), first);
  assert.equal(server.issued.length, start + 1);
  const other = await c.hentToken("311851381");
  assert.notEqual(other, first, "another party gets its own token");
  now += 10_001; // under 10 s left
  const renewed = await c.hentToken(ORGNR);
  assert.notEqual(renewed, first);
  assert.equal(server.issued.length, start + 3);
});

test("concurrent requests for the same party share one token request", async () => {
  const slow = await startTokenServer({ delayMs: 50 });
  try {
    const c = createMaskinportenClient({ wellKnownUrl: slow.wellKnownUrl, clientId: "c", clientJwk: PRIVATE_JWK_FILE, scopes: "s" });
    const tokens = await Promise.all([c.hentToken(ORGNR), c.hentToken(ORGNR), c.hentToken(ORGNR), c.hentToken("311851381")]);
    assert.equal(tokens[0], tokens[1]);
    assert.equal(tokens[1], tokens[2]);
    assert.equal(slow.issued.length, 2);
    assert.equal(slow.requests.filter((r) => r.url.pathname.endsWith("oauth-authorization-server")).length, 1, "metadata read once");
  } finally {
    await slow.close();
  }
});

test("glemToken forgets only the token the API refused", async () => {
  const c = client();
  const first = await c.hentToken(ORGNR);
  c.glemToken(ORGNR, "some-older-token");
  assert.equal(await c.hentToken(ORGNR), first);
  c.glemToken(ORGNR, first);
  assert.notEqual(await c.hentToken(ORGNR), first);
});

test("a refused token request is a MaskinportenError with status and OAuth error, and is not cached", async () => {
  const c = client();
  server.failWith({ status: 400, error: "invalid_client" });
  try {
    await assert.rejects(c.hentToken("314961900"), (error: unknown) => {
      assert.ok(error instanceof MaskinportenError);
      assert.equal(error.status, 400);
      assert.equal(error.error, "invalid_client");
      return true;
    });
  } finally {
    server.failWith(null);
  }
  assert.equal(await c.hentToken("314961900"), server.issued.at(-1));
});

test("an unreachable Maskinporten and a bad key give clear errors", async () => {
  const down = createMaskinportenClient({
    wellKnownUrl: "http://127.0.0.1:39999/.well-known/oauth-authorization-server",
    clientId: "c",
    clientJwk: PRIVATE_JWK_FILE,
    scopes: "s",
    timeoutMs: 500,
  });
  await assert.rejects(down.hentToken(ORGNR), /kunne ikke koble til/);
  await assert.rejects(client({ clientJwk: '{"kty":"RSA"}' }).hentToken(ORGNR), /privat RSA-nøkkel/);
  await assert.rejects(client({ clientJwk: "file:does/not/exist.json" }).hentToken(ORGNR), /kunne ikke leses/);
});
