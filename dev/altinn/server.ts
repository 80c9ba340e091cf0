import http from "node:http";
import { createRemoteJWKSet, generateKeyPair, jwtVerify, SignJWT, type JWTPayload } from "jose";
import { createServer, listen, close, sendJson, type StandIn } from "../http";
import { findTestParty, type TestParty } from "../testdata/parties";
import { findTestPerson, type PartyAccess, type TestPerson } from "../testdata/persons";
import { accessPackageUrn, policyFor, roleUrns, type ResourcePolicy } from "./policy";

/**
 * Altinn stand-in: the calls our login makes, as Altinn answers them (../shared/docs/identity.md).
 * - GET /authentication/api/v1/exchange/id-porten: accepts only a valid access token from the
 *   ID-porten stand-in (signature via its JWKS, issuer, expiry) and answers an Altinn token (a
 *   JWT as text/plain) that expires when the ID-porten token does (its `exp`), as Altinn's
 *   AuthenticationController does. GET /authentication/api/v1/refresh renews a still valid one
 *   for ALTINN_TOKEN_SECONDS (30 minutes) and refuses an expired one (401).
 * - GET /accessmanagement/api/v1/enduser/authorizedparties: requires a valid Altinn token with
 *   the scope altinn:accessmanagement/authorizedparties and answers the paginated envelope
 *   `{"links": {"next": …}, "data": [ … ]}`, PAGE_SIZE top-level parties a page. With
 *   `anyOfResourceIds` it lists only the parties where the person has one of those resources by
 *   the resource's policy (./policy.ts). Roles are URNs, access packages `urn:altinn:accesspackage:…`.
 * The clock can be injected (tests move it); tokens are judged by it.
 */

export const ALTINN_TOKEN_SECONDS = 30 * 60;
export const PAGE_SIZE = 100;
const AUTHORIZED_PARTIES_SCOPE = "altinn:accessmanagement/authorizedparties";
const PARTIES_PATH = "/accessmanagement/api/v1/enduser/authorizedparties";

type Problem = { status: number; title: string; detail?: string };

function problem(res: http.ServerResponse, p: Problem) {
  sendJson(res, p.status, { type: "https://tools.ietf.org/html/rfc9110", ...p }, { "content-type": "application/problem+json; charset=utf-8" });
}

function bearer(req: http.IncomingMessage): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  return match?.[1] ?? null;
}

export type AltinnOptions = { idportenIssuer?: string; now?: () => number };

export async function startAltinn(port: number, idportenIssuerOrOptions: string | AltinnOptions = {}): Promise<StandIn> {
  const opts = typeof idportenIssuerOrOptions === "string" ? { idportenIssuer: idportenIssuerOrOptions } : idportenIssuerOrOptions;
  const idportenIssuer = opts.idportenIssuer ?? `http://localhost:${port - 2}`;
  const now = opts.now ?? Date.now;
  const seconds = () => Math.floor(now() / 1000);
  const origin = `http://localhost:${port}`;
  const issuer = `${origin}/authentication/api/v1/openid/`;
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  let idportenJwks: ReturnType<typeof createRemoteJWKSet> | undefined;
  const idportenKeys = () => (idportenJwks ??= createRemoteJWKSet(new URL(`${idportenIssuer}/jwks`)));

  async function issueAltinnToken(claims: JWTPayload, exp: number): Promise<string> {
    return new SignJWT({ pid: claims.pid, scope: claims.scope, acr: claims.acr, "urn:altinn:authlevel": claims.acr === "idporten-loa-high" ? 4 : 3 })
      .setProtectedHeader({ alg: "RS256", typ: "JWT" })
      .setIssuer(issuer)
      .setIssuedAt(seconds())
      .setExpirationTime(exp)
      .sign(privateKey);
  }

  async function verifyAltinnToken(req: http.IncomingMessage): Promise<JWTPayload | null> {
    const token = bearer(req);
    if (!token) return null;
    try {
      return (await jwtVerify(token, publicKey, { issuer, currentDate: new Date(now()), clockTolerance: 0 })).payload;
    } catch {
      return null;
    }
  }

  const server = createServer("altinn", async (req, res, url) => {
    if (url.pathname === "/health") return sendJson(res, 200, { status: "ok" });
    if (req.method !== "GET") return problem(res, { status: 405, title: "Method Not Allowed" });

    if (url.pathname === "/authentication/api/v1/exchange/id-porten") {
      const token = bearer(req);
      if (!token) return problem(res, { status: 401, title: "Unauthorized", detail: "Mangler ID-porten-token" });
      let payload: JWTPayload;
      try {
        payload = (await jwtVerify(token, idportenKeys(), { issuer: idportenIssuer, currentDate: new Date(now()) })).payload;
      } catch (error) {
        return problem(res, { status: 401, title: "Unauthorized", detail: `Ugyldig ID-porten-token: ${(error as Error).message}` });
      }
      if (typeof payload.pid !== "string") return problem(res, { status: 401, title: "Unauthorized", detail: "Tokenet mangler pid" });
      if (typeof payload.exp !== "number") return problem(res, { status: 401, title: "Unauthorized", detail: "Tokenet mangler exp" });
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      // Altinn issues the exchanged token with the incoming token's ValidTo.
      res.end(await issueAltinnToken(payload, payload.exp));
      return;
    }

    if (url.pathname === "/authentication/api/v1/refresh") {
      const payload = await verifyAltinnToken(req);
      if (!payload) return problem(res, { status: 401, title: "Unauthorized", detail: "Ugyldig eller utløpt Altinn-token" });
      if (findTestPerson(String(payload.pid))?.altinnRefusesRefresh) return problem(res, { status: 401, title: "Unauthorized", detail: "Tokenet kan ikke fornyes" });
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end(await issueAltinnToken(payload, seconds() + ALTINN_TOKEN_SECONDS));
      return;
    }

    if (url.pathname === PARTIES_PATH) {
      const payload = await verifyAltinnToken(req);
      if (!payload) return problem(res, { status: 401, title: "Unauthorized", detail: "Ugyldig eller utløpt Altinn-token" });
      if (!String(payload.scope ?? "").split(" ").includes(AUTHORIZED_PARTIES_SCOPE)) {
        return problem(res, { status: 403, title: "Forbidden", detail: `Tokenet mangler scope ${AUTHORIZED_PARTIES_SCOPE}` });
      }
      const resources = url.searchParams.getAll("anyOfResourceIds").flatMap((v) => v.split(",")).filter(Boolean);
      const policies: ResourcePolicy[] = [];
      for (const r of resources) {
        const policy = policyFor(r);
        // A resource the registry does not know grants nothing to anyone.
        policies.push(policy ?? { roles: new Set(), accessPackages: new Set() });
      }
      const person = findTestPerson(String(payload.pid));
      const flags = {
        roles: url.searchParams.get("includeRoles") === "true",
        accessPackages: url.searchParams.get("includeAccessPackages") === "true",
        resources: url.searchParams.get("includeResources") === "true",
      };
      const all = person ? authorizedParties(person, flags, resources.length > 0 ? policies : null) : [];
      const page = Number(url.searchParams.get("page") ?? "1");
      if (!Number.isInteger(page) || page < 1) return problem(res, { status: 400, title: "Bad Request", detail: "Ugyldig side" });
      const data = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      let next: string | null = null;
      if (page * PAGE_SIZE < all.length) {
        const nextUrl = new URL(`${origin}${PARTIES_PATH}${url.search}`);
        nextUrl.searchParams.set("page", String(page + 1));
        next = nextUrl.toString();
      }
      return sendJson(res, 200, { links: { next }, data });
    }

    return problem(res, { status: 404, title: "Not Found" });
  });
  await listen(server, port, "Altinn stand-in");
  return { name: "Altinn", port, url: origin, close: () => close(server) };
}

type Flags = { roles: boolean; accessPackages: boolean; resources: boolean };

/** A stable fake UUID per party. */
function uuidFor(key: string): string {
  const hex = Buffer.from(key.padEnd(16, "0")).toString("hex").slice(0, 32).padEnd(32, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Does this access (own, or the main unit's roles and packages for a sub-unit) grant a resource under its policy? */
function grants(policy: ResourcePolicy, access: PartyAccess | undefined, inherited: PartyAccess | undefined): boolean {
  const own = access
    ? access.roles.some((r) => policy.roles.has(r)) ||
      access.accessPackages.some((p) => policy.accessPackages.has(p)) ||
      (access.resources ?? []).some((r) => policyFor(r) === policy)
    : false;
  const fromMain = inherited ? inherited.roles.some((r) => policy.roles.has(r)) || inherited.accessPackages.some((p) => policy.accessPackages.has(p)) : false;
  return own || fromMain;
}

function organization(party: TestParty, access: PartyAccess | undefined, flags: Flags, noAccess: boolean) {
  return {
    partyUuid: uuidFor(party.orgnr),
    name: party.name,
    organizationNumber: party.orgnr,
    personId: null,
    partyId: Number(party.orgnr.slice(0, 8)),
    type: "Organization",
    unitType: party.unitType,
    isDeleted: party.isDeleted ?? false,
    onlyHierarchyElementWithNoAccess: noAccess,
    authorizedAccessPackages: flags.accessPackages ? (access?.accessPackages ?? []).map(accessPackageUrn) : [],
    authorizedRoles: flags.roles ? (access?.roles ?? []).flatMap(roleUrns) : [],
    authorizedResources: flags.resources ? (access?.resources ?? []) : [],
    authorizedInstances: [],
    subunits: [] as unknown[],
  };
}

/**
 * The person's parties, unpaged: without a resource filter the person's own party first, then
 * each main unit with its sub-units nested, as Altinn does. With `policies` (anyOfResourceIds),
 * only the parties where one of them is granted; a main unit that is there only for a granted
 * sub-unit is marked onlyHierarchyElementWithNoAccess.
 */
export function authorizedParties(person: TestPerson, flags: Flags, policies: ResourcePolicy[] | null = null) {
  const hasAny = (access: PartyAccess | undefined, inherited: PartyAccess | undefined) =>
    policies === null || policies.some((p) => grants(p, access, inherited));
  const own = {
    partyUuid: uuidFor(person.pid),
    name: person.name.toUpperCase(),
    organizationNumber: null,
    personId: person.pid,
    type: "Person",
    unitType: null,
    isDeleted: false,
    onlyHierarchyElementWithNoAccess: false,
    authorizedAccessPackages: [],
    authorizedResources: [],
    authorizedRoles: flags.roles ? roleUrns("PRIV") : [],
    authorizedInstances: [],
    subunits: [],
  };
  const accessByOrgnr = new Map(person.parties.map((a) => [a.orgnr, a]));
  const mains = new Map<string, ReturnType<typeof organization>>();
  const mainFor = (mainParty: TestParty) => {
    const access = accessByOrgnr.get(mainParty.orgnr);
    if (!mains.has(mainParty.orgnr)) mains.set(mainParty.orgnr, organization(mainParty, access, flags, !access || !hasAny(access, undefined)));
    return mains.get(mainParty.orgnr)!;
  };
  for (const access of person.parties) {
    const party = findTestParty(access.orgnr);
    if (!party) continue;
    const mainParty = findTestParty(party.parent ?? party.orgnr);
    if (!mainParty) continue;
    if (!party.parent) {
      if (hasAny(access, undefined)) mainFor(mainParty);
      continue;
    }
    if (!hasAny(access, accessByOrgnr.get(mainParty.orgnr))) continue;
    mainFor(mainParty).subunits.push(organization(party, access, flags, false));
  }
  return policies === null ? [own, ...mains.values()] : [...mains.values()];
}
