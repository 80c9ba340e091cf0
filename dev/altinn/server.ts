import http from "node:http";
import { createRemoteJWKSet, generateKeyPair, jwtVerify, SignJWT, type JWTPayload } from "jose";
import { createServer, listen, close, sendJson, type StandIn } from "../http";
import { findTestParty, type TestParty } from "../testdata/parties";
import { findTestPerson, type PartyAccess, type TestPerson } from "../testdata/persons";

/**
 * Altinn stand-in: the two calls our login makes.
 * - GET /authentication/api/v1/exchange/id-porten: accepts only a valid access token from the
 *   ID-porten stand-in (signature via its JWKS, issuer, expiry) and answers an Altinn token
 *   (a JWT as text/plain, 30 minutes); GET /authentication/api/v1/refresh renews one.
 * - GET /accessmanagement/api/v1/enduser/authorizedparties: requires that Altinn token with the
 *   scope altinn:accessmanagement/authorizedparties and lists the person's parties from
 *   dev/testdata (roles, access packages, resources; sub-units nested under the main unit).
 */

export const ALTINN_TOKEN_SECONDS = 30 * 60;
const AUTHORIZED_PARTIES_SCOPE = "altinn:accessmanagement/authorizedparties";

type Problem = { status: number; title: string; detail?: string };

function problem(res: http.ServerResponse, p: Problem) {
  sendJson(res, p.status, { type: "https://tools.ietf.org/html/rfc9110", ...p }, { "content-type": "application/problem+json; charset=utf-8" });
}

function bearer(req: http.IncomingMessage): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  return match?.[1] ?? null;
}

export async function startAltinn(port: number, idportenIssuer = `http://localhost:${port - 2}`): Promise<StandIn> {
  const issuer = `http://localhost:${port}/authentication/api/v1/openid/`;
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  let idportenJwks: ReturnType<typeof createRemoteJWKSet> | undefined;
  const idportenKeys = () => (idportenJwks ??= createRemoteJWKSet(new URL(`${idportenIssuer}/jwks`)));

  async function issueAltinnToken(claims: JWTPayload): Promise<string> {
    return new SignJWT({ pid: claims.pid, scope: claims.scope, acr: claims.acr, "urn:altinn:authlevel": claims.acr === "idporten-loa-high" ? 4 : 3 })
      .setProtectedHeader({ alg: "RS256", typ: "JWT" })
      .setIssuer(issuer)
      .setIssuedAt()
      .setExpirationTime(`${ALTINN_TOKEN_SECONDS}s`)
      .sign(privateKey);
  }

  async function verifyAltinnToken(req: http.IncomingMessage): Promise<JWTPayload | null> {
    const token = bearer(req);
    if (!token) return null;
    try {
      return (await jwtVerify(token, publicKey, { issuer })).payload;
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
        payload = (await jwtVerify(token, idportenKeys(), { issuer: idportenIssuer })).payload;
      } catch (error) {
        return problem(res, { status: 401, title: "Unauthorized", detail: `Ugyldig ID-porten-token: ${(error as Error).message}` });
      }
      if (typeof payload.pid !== "string") return problem(res, { status: 401, title: "Unauthorized", detail: "Tokenet mangler pid" });
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end(await issueAltinnToken(payload));
      return;
    }

    if (url.pathname === "/authentication/api/v1/refresh") {
      const payload = await verifyAltinnToken(req);
      if (!payload) return problem(res, { status: 401, title: "Unauthorized", detail: "Ugyldig eller utløpt Altinn-token" });
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end(await issueAltinnToken(payload));
      return;
    }

    if (url.pathname === "/accessmanagement/api/v1/enduser/authorizedparties") {
      const payload = await verifyAltinnToken(req);
      if (!payload) return problem(res, { status: 401, title: "Unauthorized", detail: "Ugyldig eller utløpt Altinn-token" });
      if (!String(payload.scope ?? "").split(" ").includes(AUTHORIZED_PARTIES_SCOPE)) {
        return problem(res, { status: 403, title: "Forbidden", detail: `Tokenet mangler scope ${AUTHORIZED_PARTIES_SCOPE}` });
      }
      const person = findTestPerson(String(payload.pid));
      const flags = {
        roles: url.searchParams.get("includeRoles") === "true",
        accessPackages: url.searchParams.get("includeAccessPackages") === "true",
        resources: url.searchParams.get("includeResources") === "true",
      };
      return sendJson(res, 200, person ? authorizedParties(person, flags) : []);
    }

    return problem(res, { status: 404, title: "Not Found" });
  });
  await listen(server, port, "Altinn stand-in");
  return { name: "Altinn", port, url: `http://localhost:${port}`, close: () => close(server) };
}

type Flags = { roles: boolean; accessPackages: boolean; resources: boolean };

/** A stable fake UUID per party. */
function uuidFor(key: string): string {
  const hex = Buffer.from(key.padEnd(16, "0")).toString("hex").slice(0, 32).padEnd(32, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function organization(party: TestParty, access: PartyAccess | undefined, flags: Flags) {
  return {
    partyUuid: uuidFor(party.orgnr),
    name: party.name,
    organizationNumber: party.orgnr,
    personId: null,
    partyId: Number(party.orgnr.slice(0, 8)),
    type: "Organization",
    unitType: party.unitType,
    isDeleted: party.isDeleted ?? false,
    onlyHierarchyElementWithNoAccess: !access,
    authorizedAccessPackages: flags.accessPackages ? (access?.accessPackages ?? []) : [],
    authorizedResources: flags.resources ? (access?.resources ?? []) : [],
    authorizedRoles: flags.roles ? (access?.roles ?? []) : [],
    authorizedInstances: [],
    subunits: [] as unknown[],
  };
}

/** The person's own party first, then each main unit with its sub-units nested, as Altinn does. */
export function authorizedParties(person: TestPerson, flags: Flags) {
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
    authorizedRoles: flags.roles ? ["PRIV"] : [],
    authorizedInstances: [],
    subunits: [],
  };
  const accessByOrgnr = new Map(person.parties.map((a) => [a.orgnr, a]));
  const mains = new Map<string, ReturnType<typeof organization>>();
  for (const access of person.parties) {
    const party = findTestParty(access.orgnr);
    if (!party) continue;
    const mainOrgnr = party.parent ?? party.orgnr;
    const mainParty = findTestParty(mainOrgnr);
    if (!mainParty) continue;
    if (!mains.has(mainOrgnr)) mains.set(mainOrgnr, organization(mainParty, accessByOrgnr.get(mainOrgnr), flags));
    if (party.parent) mains.get(mainOrgnr)!.subunits.push(organization(party, access, flags));
  }
  return [own, ...mains.values()];
}
