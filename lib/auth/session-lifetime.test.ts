import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { encode } from "next-auth/jwt";
import { close, listen, type StandIn } from "../../dev/http";
import { startAltinn } from "../../dev/altinn/server";

/**
 * The session's life against the real Altinn stand-in, with one clock both sides read and the
 * test moves: no 30-minute sleep. ID-porten is reduced to what Altinn checks (its JWKS and a
 * signed 120 s access token); everything of ours (createSession, readSessionFromCookie,
 * partiesFor, the Altinn client and parser) runs as in production.
 */
const BASE = 4770;
process.env.APP_ENV = "test";
process.env.STANDIN_PORT_BASE = String(BASE);
process.env.LOG_LEVEL = "silent";
const IDPORTEN = `http://localhost:${BASE + 1}`;
const ALTINN_PORT = BASE + 3;
const RITA = "15828510085";
const MIN = 60_000;

let clock = Date.now();
let altinn: StandIn;
let idporten: http.Server;
let idportenKey: CryptoKey;

before(async () => {
  const pair = await generateKeyPair("RS256", { extractable: true });
  idportenKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  idporten = http.createServer((req, res) => {
    res.writeHead(req.url === "/jwks" ? 200 : 404, { "content-type": "application/json" });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await listen(idporten, BASE + 1, "ID-porten JWKS");
  altinn = await startAltinn(ALTINN_PORT, { idportenIssuer: IDPORTEN, now: () => clock });
});

after(async () => {
  await altinn.close();
  await close(idporten);
});

/** An ID-porten access token as the stand-in issues it: 120 s, with pid and Altinn's scope. */
async function idportenAccessToken(pid: string) {
  const iat = Math.floor(clock / 1000);
  return new SignJWT({ pid, scope: "openid altinn:accessmanagement/authorizedparties", acr: "idporten-loa-high" })
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setIssuer(IDPORTEN)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 120)
    .sign(idportenKey);
}

async function login(pid: string) {
  const { createSession } = await import("./session");
  const { getServerEnv } = await import("@/lib/env");
  const id = await createSession({ pid, name: null, sid: null, acr: "idporten-loa-high", idToken: "x", accessToken: await idportenAccessToken(pid) }, clock);
  return encode({ token: { sessionId: id }, secret: getServerEnv().NEXTAUTH_SECRET });
}

test("a session in use stays alive for 45 minutes although every ID-porten token lives 120 s, and Rita's 209 clients arrive through paging", async () => {
  const { readSessionFromCookie, partiesFor } = await import("./session");
  const cookie = await login(RITA);
  const start = clock;
  let renewals = 0;
  let lastToken = "";
  while (clock - start < 45 * MIN) {
    clock += 2 * MIN;
    const state = await readSessionFromCookie(cookie, clock);
    assert.equal(state.status, "active", `after ${(clock - start) / MIN} minutes`);
    if (state.status !== "active") return;
    assert.ok(state.record.altinn!.expiresAt - clock > 20 * MIN, "the token is renewed well before it expires");
    if (state.record.altinn!.token !== lastToken) renewals++;
    lastToken = state.record.altinn!.token;
    const parties = await partiesFor(state.record, { refresh: true, now: clock });
    assert.equal(parties.length, 209);
  }
  assert.ok(renewals >= 10, `renewed by time left, ${renewals} times in 45 minutes`);
});

test("right after login the exchanged token (120 s) has already been refreshed to Altinn's 30 minutes", async () => {
  const { readSessionFromCookie } = await import("./session");
  const cookie = await login(RITA);
  clock += 5 * 1000;
  const state = await readSessionFromCookie(cookie, clock);
  assert.equal(state.status, "active");
  if (state.status === "active") assert.ok(state.record.altinn!.expiresAt - clock > 25 * MIN);
});

test("when Altinn refuses the renewal (401), the session ends cleanly as expired by Altinn, and is gone", async () => {
  const { readSessionFromCookie, sessionIdFromCookie } = await import("./session");
  const { getSessionStore } = await import("./session-store");
  const cookie = await login(RITA);
  // Altinn no longer knows the tokens it issued (a new signing key): every refresh is a 401.
  await altinn.close();
  altinn = await startAltinn(ALTINN_PORT, { idportenIssuer: IDPORTEN, now: () => clock });
  clock += 4 * MIN;
  assert.deepEqual(await readSessionFromCookie(cookie, clock), { status: "expired", reason: "altinn" });
  assert.equal(await getSessionStore().get((await sessionIdFromCookie(cookie))!), null);
});

test("a session left idle past its token's life is over, never an error", async () => {
  const { readSessionFromCookie } = await import("./session");
  const cookie = await login(RITA);
  clock += 31 * MIN;
  const state = await readSessionFromCookie(cookie, clock);
  assert.equal(state.status, "expired");
});
