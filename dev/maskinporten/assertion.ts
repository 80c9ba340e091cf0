import { randomUUID } from "node:crypto";
import { importJWK, SignJWT, type JWK } from "jose";
import { STANDIN_CLIENT } from "../../lib/env";
import clientPrivateJwk from "../keys/maskinporten-client.private.jwk.json";
import { JWT_BEARER_GRANT, KRAVOGBETALINGER_SCOPE, SYSTEMUSER_TYPE } from "./server";

/**
 * Test helper: a client assertion as our app would make it, signed with the committed local
 * client key. Every claim can be overridden (or removed with `undefined`) to provoke a rejection.
 */
export type AssertionOverrides = {
  iss?: string;
  aud?: string;
  scope?: string;
  iat?: number;
  exp?: number;
  jti?: string | undefined;
  orgnr?: string | null;
  authorization_details?: unknown;
  kid?: string;
  key?: JWK;
};

export async function makeAssertion(issuer: string, o: AssertionOverrides = {}): Promise<string> {
  const nowS = Math.floor(Date.now() / 1000);
  const iat = o.iat ?? nowS;
  const orgnr = o.orgnr === undefined ? "313367002" : o.orgnr;
  const claims: Record<string, unknown> = {
    iss: o.iss ?? STANDIN_CLIENT.maskinportenClientId,
    aud: o.aud ?? issuer,
    scope: o.scope ?? KRAVOGBETALINGER_SCOPE,
    iat,
    exp: o.exp ?? iat + 100,
    jti: "jti" in o ? o.jti : randomUUID(),
  };
  if ("authorization_details" in o) claims.authorization_details = o.authorization_details;
  else if (orgnr) {
    claims.authorization_details = [
      { type: SYSTEMUSER_TYPE, systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${orgnr}` } },
    ];
  }
  for (const k of Object.keys(claims)) if (claims[k] === undefined) delete claims[k];
  const jwk = (o.key ?? clientPrivateJwk) as JWK;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: o.kid ?? (clientPrivateJwk as JWK).kid })
    .sign(await importJWK(jwk, "RS256"));
}

/** POSTs a JWT grant to a token endpoint; returns status and parsed body. */
export async function requestToken(tokenEndpoint: string, assertion: string, grantType = JWT_BEARER_GRANT) {
  const res = await fetch(tokenEndpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: grantType, assertion }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A fresh access token for one party (or none) from a running stand-in. */
export async function accessTokenFor(standIn: { issuer: string; tokenEndpoint: string }, orgnr: string | null, o: AssertionOverrides = {}) {
  const { status, body } = await requestToken(standIn.tokenEndpoint, await makeAssertion(standIn.issuer, { orgnr, ...o }));
  if (status !== 200) throw new Error(`token request failed: ${status} ${JSON.stringify(body)}`);
  return body.access_token as string;
}
