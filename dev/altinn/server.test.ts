import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { exportJWK, generateKeyPair, SignJWT, decodeJwt, type CryptoKey } from "jose";
import { partiesWithAccess } from "../../lib/auth/access-rule";
import { parseAuthorizedPartiesPage, type AltinnParty } from "../../lib/auth/altinn-schema";
import { close, listen, type StandIn } from "../http";
import { CLIENT_PARTIES, FAILING_PARTIES, SEED_ORGNR, STOR_ORGNR } from "../testdata/parties";
import { TEST_PERSONS } from "../testdata/persons";
import { KRAVOGBETALINGER_RESOURCE_URN, policyFor } from "./policy";
import { ALTINN_TOKEN_SECONDS, PAGE_SIZE, authorizedParties, startAltinn } from "./server";

const ALTINN_PORT = 4751;
const IDPORTEN_PORT = 4752;
const IDPORTEN = `http://localhost:${IDPORTEN_PORT}`;
const SCOPE = "altinn:accessmanagement/authorizedparties";
const KARI = "24817510260";
const RITA = "15828510085";
const PER = "31929910020";

const all = { roles: true, accessPackages: true, resources: true };
const person = (name: string) => TEST_PERSONS.find((p) => p.name === name)!;
const policy = [policyFor(KRAVOGBETALINGER_RESOURCE_URN)!];
const parse = (body: unknown): AltinnParty[] => {
  const r = parseAuthorizedPartiesPage(body);
  assert.ok(r.ok, JSON.stringify(r));
  return r.page.parties;
};
const allowed = (name: string) => partiesWithAccess(parse(authorizedParties(person(name), all, policy)));

describe("the resource policy applied to the test data (anyOfResourceIds), through the product's reading", () => {
  test("Kari Nordmann may act for her own firm only", () => {
    assert.deepEqual(
      allowed("Kari Nordmann").map((p) => p.orgnr),
      [SEED_ORGNR],
    );
  });

  test("Ola Flerfirma: three firms, Fjellbekk's two sub-units under it, the deleted unit; not the one where he is only revisor", () => {
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
    assert.ok(!names.includes("Bjørkely Rådgivning ENK"), "REVI does not grant the resource");
    const raw = authorizedParties(person("Ola Flerfirma"), all, null);
    assert.ok(raw.some((p) => p.name === "Bjørkely Rådgivning ENK"), "without the filter Altinn lists it");
  });

  test("Rita Regnskap sees every client: by REGN, by access package, by the resource alone", () => {
    const orgnrs = new Set(allowed("Rita Regnskap").map((p) => p.orgnr));
    for (const o of [SEED_ORGNR, STOR_ORGNR, "310478717", "314961900", ...FAILING_PARTIES.map((p) => p.orgnr), ...CLIENT_PARTIES.map((p) => p.orgnr)]) {
      assert.ok(orgnrs.has(o), o);
    }
    assert.equal(orgnrs.size, 209);
  });

  test("Per Utentilgang may act for no one", () => {
    assert.deepEqual(authorizedParties(person("Per Utentilgang"), all, policy), []);
    assert.deepEqual(allowed("Per Utentilgang"), []);
  });

  test("roles come as URNs (external CCR role and legacy role code), packages as accesspackage URNs", () => {
    const rita = authorizedParties(person("Rita Regnskap"), all, policy);
    const seed = rita.find((p) => p.organizationNumber === SEED_ORGNR)!;
    assert.deepEqual(seed.authorizedRoles, ["urn:altinn:external-role:ccr:regnskapsforer", "urn:altinn:rolecode:regn"]);
    assert.deepEqual(seed.authorizedAccessPackages, ["urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet"]);
  });

  test("an unknown resource grants nothing", () => {
    assert.deepEqual(authorizedParties(person("Kari Nordmann"), all, [{ roles: new Set(), accessPackages: new Set() }]), []);
  });
});

describe("Altinn stand-in over HTTP, with a clock the test moves", () => {
  let altinn: StandIn;
  let idportenServer: http.Server;
  let idportenKey: CryptoKey;
  let clock = Date.now();

  before(async () => {
    const pair = await generateKeyPair("RS256", { extractable: true });
    idportenKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    idportenServer = http.createServer((req, res) => {
      res.writeHead(req.url === "/jwks" ? 200 : 404, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await listen(idportenServer, IDPORTEN_PORT, "fake ID-porten");
    altinn = await startAltinn(ALTINN_PORT, { idportenIssuer: IDPORTEN, now: () => clock });
  });
  after(async () => {
    await altinn.close();
    await close(idportenServer);
  });

  async function idportenToken(o: { key?: CryptoKey; issuer?: string; lifetime?: number; scope?: string; pid?: string } = {}) {
    const iat = Math.floor(clock / 1000);
    return new SignJWT({ pid: o.pid ?? KARI, scope: o.scope ?? `openid ${SCOPE}`, acr: "idporten-loa-high" })
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setIssuer(o.issuer ?? IDPORTEN)
      .setIssuedAt(iat)
      .setExpirationTime(iat + (o.lifetime ?? 120))
      .sign(o.key ?? idportenKey);
  }

  const get = (path: string, token?: string) => fetch(path.startsWith("http") ? path : `${altinn.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const exchange = (token?: string) => get("/authentication/api/v1/exchange/id-porten", token);
  const partiesPath = `/accessmanagement/api/v1/enduser/authorizedparties?includeRoles=true&includeAccessPackages=true&includeResources=true&anyOfResourceIds=${encodeURIComponent(KRAVOGBETALINGER_RESOURCE_URN)}`;
  const parties = (token?: string) => get(partiesPath, token);

  test("a valid ID-porten token is exchanged for an Altinn token that lists the person's parties in the envelope", async () => {
    const res = await exchange(await idportenToken());
    assert.equal(res.status, 200);
    const altinnToken = await res.text();
    const list = await parties(altinnToken);
    assert.equal(list.status, 200);
    const body = (await list.json()) as { links: { next: string | null }; data: unknown[] };
    assert.equal(body.links.next, null);
    assert.deepEqual(
      partiesWithAccess(parse(body)).map((p) => p.orgnr),
      [SEED_ORGNR],
    );
  });

  test("the exchanged token expires with the ID-porten token; refresh gives Altinn's 30 minutes; an expired token is refused at refresh and at authorizedparties", async () => {
    const idToken = await idportenToken({ lifetime: 120 });
    const exchanged = await (await exchange(idToken)).text();
    assert.equal(decodeJwt(exchanged).exp, decodeJwt(idToken).exp, "the exchanged token carries the ID-porten token's exp");

    const refreshed = await (await get("/authentication/api/v1/refresh", exchanged)).text();
    assert.equal(decodeJwt(refreshed).exp, Math.floor(clock / 1000) + ALTINN_TOKEN_SECONDS);

    clock += 121_000;
    assert.equal((await get("/authentication/api/v1/refresh", exchanged)).status, 401, "refresh refuses the expired exchanged token");
    assert.equal((await parties(exchanged)).status, 401, "authorizedparties refuses it too");
    assert.equal((await parties(refreshed)).status, 200, "the refreshed one still works");

    clock += ALTINN_TOKEN_SECONDS * 1000;
    assert.equal((await get("/authentication/api/v1/refresh", refreshed)).status, 401);
    assert.equal((await parties(refreshed)).status, 401);
  });

  test("Rita's 209 parties come in pages of 100, linked by links.next until null", async () => {
    const token = await (await exchange(await idportenToken({ pid: RITA }))).text();
    const pages: number[] = [];
    const orgnrs = new Set<string>();
    let next: string | null = `${altinn.url}${partiesPath}`;
    while (next) {
      const res = await get(next, token);
      assert.equal(res.status, 200);
      const body = (await res.json()) as { links: { next: string | null }; data: unknown[] };
      pages.push(body.data.length);
      for (const p of partiesWithAccess(parse(body))) orgnrs.add(p.orgnr);
      next = body.links.next;
    }
    assert.deepEqual(pages, [PAGE_SIZE, PAGE_SIZE, 9]);
    assert.equal(orgnrs.size, 209);
  });

  test("Per gets an empty envelope", async () => {
    const token = await (await exchange(await idportenToken({ pid: PER }))).text();
    assert.deepEqual(await (await parties(token)).json(), { links: { next: null }, data: [] });
  });

  test("the exchange refuses no token, a foreign signature, another issuer and an expired token", async () => {
    const other = (await generateKeyPair("RS256")).privateKey;
    assert.equal((await exchange()).status, 401);
    assert.equal((await exchange(await idportenToken({ key: other }))).status, 401);
    assert.equal((await exchange(await idportenToken({ issuer: "https://evil.example" }))).status, 401);
    assert.equal((await exchange(await idportenToken({ lifetime: -60 }))).status, 401);
  });

  test("authorizedparties refuses an ID-porten token, and an Altinn token without the scope", async () => {
    assert.equal((await parties()).status, 401);
    assert.equal((await parties(await idportenToken())).status, 401, "an ID-porten token is not an Altinn token");
    const noScope = await (await exchange(await idportenToken({ scope: "openid" }))).text();
    assert.equal((await parties(noScope)).status, 403);
    assert.equal((await get("/authentication/api/v1/refresh", "garbage")).status, 401);
  });
});
