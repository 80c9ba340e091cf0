import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { partiesWithAccess } from "../../lib/auth/access-rule";
import { authorizedPartiesSchema } from "../../lib/auth/altinn-schema";
import { close, listen, type StandIn } from "../http";
import { CLIENT_PARTIES, FAILING_PARTIES, SEED_ORGNR, STOR_ORGNR } from "../testdata/parties";
import { TEST_PERSONS } from "../testdata/persons";
import { authorizedParties, startAltinn } from "./server";

const ALTINN_PORT = 4751;
const IDPORTEN_PORT = 4752;
const IDPORTEN = `http://localhost:${IDPORTEN_PORT}`;
const SCOPE = "altinn:accessmanagement/authorizedparties";
const KARI = "24817510260";

const all = { roles: true, accessPackages: true, resources: true };
const person = (name: string) => TEST_PERSONS.find((p) => p.name === name)!;
const allowed = (name: string) => partiesWithAccess(authorizedPartiesSchema.parse(authorizedParties(person(name), all)));

describe("authorizedparties from the test data, through the access rule", () => {
  test("Kari Nordmann may act for her own firm only", () => {
    assert.deepEqual(
      allowed("Kari Nordmann").map((p) => p.orgnr),
      [SEED_ORGNR],
    );
  });

  test("Ola Flerfirma: three firms, Fjellbekk's two sub-units under it, the deleted unit; not the REVI one", () => {
    const parties = allowed("Ola Flerfirma");
    const names = parties.map((p) => p.name);
    assert.ok(names.includes("Fjellbekk Bakeri AS") && names.includes("Havbris Sjømat ENK") && names.includes("Lysning Design ENK"));
    assert.deepEqual(
      parties.filter((p) => p.parentOrgnr === "311851381").map((p) => p.name),
      ["Fjellbekk Bakeri AS avd. Bergen", "Fjellbekk Bakeri AS avd. Voss"],
    );
    assert.deepEqual(
      parties.filter((p) => p.isDeleted).map((p) => p.name),
      ["Gamle Fjellbekk Kafé AS"],
    );
    assert.ok(!names.includes("Bjørkely Rådgivning ENK"), "REVI gives no access");
  });

  test("Rita Regnskap sees every client: by REGN, by access package, by the resource alone", () => {
    const orgnrs = new Set(allowed("Rita Regnskap").map((p) => p.orgnr));
    for (const o of [SEED_ORGNR, STOR_ORGNR, "310478717", "314961900", ...FAILING_PARTIES.map((p) => p.orgnr), ...CLIENT_PARTIES.map((p) => p.orgnr)]) {
      assert.ok(orgnrs.has(o), o);
    }
    assert.ok(orgnrs.size > 200);
  });

  test("Per Utentilgang may act for no one (his own person party does not count)", () => {
    const raw = authorizedParties(person("Per Utentilgang"), all);
    assert.equal(raw.length, 1);
    assert.equal(raw[0]!.type, "Person");
    assert.deepEqual(allowed("Per Utentilgang"), []);
  });

  test("without includeRoles etc. the grants are left out, as in Altinn", () => {
    const raw = authorizedPartiesSchema.parse(authorizedParties(person("Kari Nordmann"), { roles: false, accessPackages: false, resources: false }));
    assert.deepEqual(partiesWithAccess(raw), []);
  });
});

describe("Altinn stand-in over HTTP", () => {
  let altinn: StandIn;
  let idportenServer: http.Server;
  let idportenKey: CryptoKey;

  before(async () => {
    const pair = await generateKeyPair("RS256", { extractable: true });
    idportenKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    idportenServer = http.createServer((req, res) => {
      res.writeHead(req.url === "/jwks" ? 200 : 404, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await listen(idportenServer, IDPORTEN_PORT, "fake ID-porten");
    altinn = await startAltinn(ALTINN_PORT, IDPORTEN);
  });
  after(async () => {
    await altinn.close();
    await close(idportenServer);
  });

  async function idportenToken(o: { key?: CryptoKey; issuer?: string; exp?: string; scope?: string } = {}) {
    return new SignJWT({ pid: KARI, scope: o.scope ?? `openid ${SCOPE}`, acr: "idporten-loa-high" })
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setIssuer(o.issuer ?? IDPORTEN)
      .setIssuedAt()
      .setExpirationTime(o.exp ?? "2m")
      .sign(o.key ?? idportenKey);
  }

  const get = (path: string, token?: string) => fetch(`${altinn.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const exchange = (token?: string) => get("/authentication/api/v1/exchange/id-porten", token);
  const parties = (token?: string) => get("/accessmanagement/api/v1/enduser/authorizedparties?includeRoles=true&includeAccessPackages=true&includeResources=true", token);

  test("a valid ID-porten token is exchanged for an Altinn token that lists the person's parties", async () => {
    const res = await exchange(await idportenToken());
    assert.equal(res.status, 200);
    const altinnToken = await res.text();
    const list = await parties(altinnToken);
    assert.equal(list.status, 200);
    const body = authorizedPartiesSchema.parse(await list.json());
    assert.deepEqual(
      partiesWithAccess(body).map((p) => p.orgnr),
      [SEED_ORGNR],
    );
  });

  test("the exchange refuses no token, a foreign signature, another issuer and an expired token", async () => {
    const other = (await generateKeyPair("RS256")).privateKey;
    assert.equal((await exchange()).status, 401);
    assert.equal((await exchange(await idportenToken({ key: other }))).status, 401);
    assert.equal((await exchange(await idportenToken({ issuer: "https://evil.example" }))).status, 401);
    assert.equal((await exchange(await idportenToken({ exp: "-1m" }))).status, 401);
  });

  test("authorizedparties refuses an ID-porten token, and an Altinn token without the scope", async () => {
    assert.equal((await parties()).status, 401);
    assert.equal((await parties(await idportenToken())).status, 401, "an ID-porten token is not an Altinn token");
    const noScope = await (await exchange(await idportenToken({ scope: "openid" }))).text();
    assert.equal((await parties(noScope)).status, 403);
  });

  test("refresh gives a new Altinn token for a valid one, and nothing for garbage", async () => {
    const first = await (await exchange(await idportenToken())).text();
    const refreshed = await get("/authentication/api/v1/refresh", first);
    assert.equal(refreshed.status, 200);
    assert.equal((await parties(await refreshed.text())).status, 200);
    assert.equal((await get("/authentication/api/v1/refresh", "garbage")).status, 401);
  });
});
