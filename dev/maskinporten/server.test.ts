import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { generateKeyPair, exportJWK, decodeJwt, decodeProtectedHeader, createRemoteJWKSet, jwtVerify } from "jose";
import { makeAssertion, requestToken } from "./assertion";
import { STANDIN_CONSUMER_ORGNR, startMaskinporten, type MaskinportenStandIn } from "./server";

const PORT = 4721;

describe("Maskinporten stand-in", () => {
  let mp: MaskinportenStandIn;
  before(async () => {
    mp = await startMaskinporten(PORT);
  });
  after(async () => {
    await mp.close();
  });

  const grant = async (o: Parameters<typeof makeAssertion>[1] = {}) => requestToken(mp.tokenEndpoint, await makeAssertion(mp.issuer, o));

  test("discovery names the token endpoint and a JWKS with the signing key", async () => {
    const meta = (await (await fetch(`${mp.issuer}.well-known/oauth-authorization-server`)).json()) as Record<string, string>;
    assert.equal(meta.issuer, mp.issuer);
    assert.equal(meta.token_endpoint, mp.tokenEndpoint);
    const jwks = (await (await fetch(meta.jwks_uri!)).json()) as { keys: { kty: string; kid: string; d?: string }[] };
    assert.equal(jwks.keys.length, 1);
    assert.equal(jwks.keys[0]!.kty, "RSA");
    assert.equal(jwks.keys[0]!.d, undefined, "never publishes the private part");
  });

  test("a valid assertion gets a signed access token with scope, consumer, client_id and the systemuser", async () => {
    const { status, body } = await grant({ orgnr: "311851381" });
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.token_type, "Bearer");
    assert.equal(body.scope, "skatteetaten:kravogbetalinger");
    assert.equal(typeof body.expires_in, "number");
    assert.ok((body.expires_in as number) <= 120);
    const token = body.access_token as string;
    assert.equal(decodeProtectedHeader(token).alg, "RS256");
    const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(mp.jwksUri)), { issuer: mp.issuer });
    assert.equal(payload.scope, "skatteetaten:kravogbetalinger");
    assert.equal(payload.client_id, "krav-og-betalinger-local");
    assert.deepEqual(payload.consumer, { authority: "iso6523-actorid-upis", ID: `0192:${STANDIN_CONSUMER_ORGNR}` });
    const details = payload.authorization_details as { type: string; systemuser_org: { ID: string } }[];
    assert.equal(details[0]!.type, "urn:altinn:systemuser");
    assert.equal(details[0]!.systemuser_org.ID, "0192:311851381");
    assert.ok(payload.exp! - payload.iat! <= 120);
  });

  test("a token without systemuser has no authorization_details", async () => {
    const { status, body } = await grant({ orgnr: null });
    assert.equal(status, 200);
    assert.equal(decodeJwt(body.access_token as string).authorization_details, undefined);
  });

  test("a signature by another key is invalid_grant", async () => {
    const { privateKey } = await generateKeyPair("RS256", { extractable: true });
    const key = { ...(await exportJWK(privateKey)), kid: "krav-og-betalinger-local-1" };
    const { status, body } = await grant({ key });
    assert.equal(status, 400);
    assert.equal(body.error, "invalid_grant");
    assert.match(String(body.error_description), /signature/i);
  });

  test("an unknown client is invalid_client", async () => {
    const { status, body } = await grant({ iss: "someone-else" });
    assert.equal(status, 400);
    assert.equal(body.error, "invalid_client");
  });

  test("an unknown kid is invalid_grant", async () => {
    const { status, body } = await grant({ kid: "other-kid" });
    assert.equal(status, 400);
    assert.equal(body.error, "invalid_grant");
  });

  test("a wrong audience is invalid_grant", async () => {
    const { status, body } = await grant({ aud: "https://test.maskinporten.no/" });
    assert.equal(status, 400);
    assert.equal(body.error, "invalid_grant");
    assert.match(String(body.error_description), /audience/i);
  });

  test("an expired assertion is invalid_grant", async () => {
    const nowS = Math.floor(Date.now() / 1000);
    const { status, body } = await grant({ iat: nowS - 200, exp: nowS - 100 });
    assert.equal(status, 400);
    assert.equal(body.error, "invalid_grant");
    assert.match(String(body.error_description), /expired/i);
  });

  test("iat more than 10 s off the server clock is invalid_grant", async () => {
    const nowS = Math.floor(Date.now() / 1000);
    for (const iat of [nowS - 30, nowS + 30]) {
      const { status, body } = await grant({ iat, exp: iat + 100 });
      assert.equal(status, 400);
      assert.equal(body.error, "invalid_grant");
      assert.match(String(body.error_description), /iat/);
    }
  });

  test("exp more than 120 s after iat is invalid_grant", async () => {
    const nowS = Math.floor(Date.now() / 1000);
    const { status, body } = await grant({ iat: nowS, exp: nowS + 121 });
    assert.equal(status, 400);
    assert.equal(body.error, "invalid_grant");
    assert.match(String(body.error_description), /exp - iat/);
  });

  test("a reused jti is invalid_grant; a missing jti too", async () => {
    const first = await grant({ jti: "same-jti-twice" });
    assert.equal(first.status, 200);
    const second = await grant({ jti: "same-jti-twice" });
    assert.equal(second.status, 400);
    assert.equal(second.body.error, "invalid_grant");
    assert.match(String(second.body.error_description), /jti/);
    const missing = await grant({ jti: undefined });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.error, "invalid_grant");
  });

  test("a scope the client does not have is invalid_scope", async () => {
    const { status, body } = await grant({ scope: "skatteetaten:kravogbetalinger skatteetaten:mvameldinger" });
    assert.equal(status, 400);
    assert.equal(body.error, "invalid_scope");
    assert.match(String(body.error_description), /mvameldinger/);
  });

  test("another grant type is unsupported_grant_type", async () => {
    const { status, body } = await requestToken(mp.tokenEndpoint, await makeAssertion(mp.issuer), "client_credentials");
    assert.equal(status, 400);
    assert.equal(body.error, "unsupported_grant_type");
  });

  test("a malformed systemuser request is rejected", async () => {
    const bad = [
      [{ type: "urn:altinn:systemuser", systemuser_org: { authority: "iso6523-actorid-upis", ID: "0192:123456789" } }],
      [{ type: "urn:other", systemuser_org: { authority: "iso6523-actorid-upis", ID: "0192:313367002" } }],
      { type: "urn:altinn:systemuser" },
    ];
    for (const authorization_details of bad) {
      const { status, body } = await grant({ authorization_details });
      assert.equal(status, 400, JSON.stringify(authorization_details));
      assert.equal(body.error, "invalid_authorization_details");
    }
  });

  test("a garbage assertion is invalid_grant, a missing one invalid_request", async () => {
    const garbage = await requestToken(mp.tokenEndpoint, "not-a-jwt");
    assert.equal(garbage.status, 400);
    assert.equal(garbage.body.error, "invalid_grant");
    const missing = await requestToken(mp.tokenEndpoint, "");
    assert.equal(missing.body.error, "invalid_request");
  });
});
