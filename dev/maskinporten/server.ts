import { randomUUID } from "node:crypto";
import type http from "node:http";
import {
  compactVerify,
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  SignJWT,
  type JWK,
  type JWTPayload,
} from "jose";
import { STANDIN_CLIENT } from "../../lib/env";
import { erGyldigOrgnr } from "../../lib/identifikator";
import { createServer, listen, close, readBody, sendJson, type StandIn } from "../http";
import clientPublicJwk from "../keys/maskinporten-client.public.jwk.json";

/**
 * Maskinporten stand-in: discovery, JWKS and the JWT-bearer grant (RFC 7523) as Digdir runs
 * it. It checks the client's assertion (signature against the registered key, aud, iat/exp,
 * unused jti, allowed scope, Systembruker authorization_details) and issues an RS256 access
 * token signed with its own key pair (made at start-up, published at jwks_uri). Rejections
 * are OAuth errors: 400 {error, error_description}.
 */

export const JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
export const KRAVOGBETALINGER_SCOPE = "skatteetaten:kravogbetalinger";
export const SYSTEMUSER_TYPE = "urn:altinn:systemuser";
/** The organisation that owns the local client (the "consumer" in tokens): synthetic, valid mod 11. */
export const STANDIN_CONSUMER_ORGNR = "310999997";

export type RegisteredClient = {
  clientId: string;
  /** Public keys the client signs assertions with (kid must be set). */
  keys: JWK[];
  scopes: string[];
  consumerOrgnr: string;
};

export type MaskinportenOptions = {
  /** Default: the local client (STANDIN_CLIENT) with dev/keys/maskinporten-client.public.jwk.json. */
  clients?: RegisteredClient[];
  /** Access token lifetime in seconds (Maskinporten: 120). */
  tokenLifetimeSeconds?: number;
  /** The stand-in's clock (ms since epoch); tests move it. */
  now?: () => number;
};

export type MaskinportenStandIn = StandIn & { issuer: string; jwksUri: string; tokenEndpoint: string };

export const LOCAL_CLIENT: RegisteredClient = {
  clientId: STANDIN_CLIENT.maskinportenClientId,
  keys: [clientPublicJwk as JWK],
  scopes: [KRAVOGBETALINGER_SCOPE],
  consumerOrgnr: STANDIN_CONSUMER_ORGNR,
};

const MAX_ASSERTION_LIFETIME = 120;
const IAT_SKEW = 10;
const ASSERTION_ALGS = new Set(["RS256", "RS384", "RS512"]);

class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(`${error}: ${description}`);
  }
}

type SystemuserDetail = {
  type: typeof SYSTEMUSER_TYPE;
  systemuser_org: { authority: "iso6523-actorid-upis"; ID: string };
};

export async function startMaskinporten(port: number, options: MaskinportenOptions = {}): Promise<MaskinportenStandIn> {
  const issuer = `http://localhost:${port}/`;
  const tokenEndpoint = `${issuer}token`;
  const jwksUri = `${issuer}jwk`;
  const now = options.now ?? Date.now;
  const lifetime = options.tokenLifetimeSeconds ?? 120;
  const clients = new Map((options.clients ?? [LOCAL_CLIENT]).map((c) => [c.clientId, c]));

  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = `maskinporten-standin-${randomUUID().slice(0, 8)}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };

  /** jti -> exp (s): used assertion ids, kept until they could no longer be valid. */
  const usedJti = new Map<string, number>();

  async function verifyAssertion(assertion: string) {
    const nowS = Math.floor(now() / 1000);
    let header: ReturnType<typeof decodeProtectedHeader>;
    let claims: JWTPayload;
    try {
      header = decodeProtectedHeader(assertion);
      claims = decodeJwt(assertion);
    } catch {
      throw new OAuthError("invalid_grant", "Invalid assertion. Client authentication failed. Malformed JWT.");
    }
    const client = typeof claims.iss === "string" ? clients.get(claims.iss) : undefined;
    if (!client) throw new OAuthError("invalid_client", `Invalid assertion. Unknown client (iss: ${String(claims.iss)}).`);
    if (!header.alg || !ASSERTION_ALGS.has(header.alg)) {
      throw new OAuthError("invalid_grant", `Invalid assertion. Unsupported signing algorithm ${String(header.alg)}.`);
    }
    const candidates = header.kid ? client.keys.filter((k) => k.kid === header.kid) : client.keys;
    if (candidates.length === 0) {
      throw new OAuthError("invalid_grant", `Invalid assertion. Client authentication failed. Unknown key id ${header.kid}.`);
    }
    let verified = false;
    for (const jwk of candidates) {
      try {
        await compactVerify(assertion, await importJWK(jwk, header.alg));
        verified = true;
        break;
      } catch {
        // try the next registered key
      }
    }
    if (!verified) throw new OAuthError("invalid_grant", "Invalid assertion. Client authentication failed. Invalid JWT signature.");

    const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!aud.includes(issuer)) {
      throw new OAuthError("invalid_grant", `Invalid assertion. Invalid audience, expected ${issuer}.`);
    }
    if (typeof claims.iat !== "number" || typeof claims.exp !== "number") {
      throw new OAuthError("invalid_grant", "Invalid assertion. iat and exp are required.");
    }
    if (claims.exp <= nowS) throw new OAuthError("invalid_grant", "Invalid assertion. The assertion has expired.");
    if (Math.abs(claims.iat - nowS) > IAT_SKEW) {
      throw new OAuthError("invalid_grant", `Invalid assertion. iat must be within ${IAT_SKEW} seconds of the server's clock.`);
    }
    if (claims.exp - claims.iat > MAX_ASSERTION_LIFETIME) {
      throw new OAuthError("invalid_grant", `Invalid assertion. exp - iat must be at most ${MAX_ASSERTION_LIFETIME} seconds.`);
    }
    if (typeof claims.jti !== "string" || claims.jti.length === 0) {
      throw new OAuthError("invalid_grant", "Invalid assertion. jti is required.");
    }
    for (const [jti, exp] of usedJti) if (exp < nowS) usedJti.delete(jti);
    if (usedJti.has(claims.jti)) throw new OAuthError("invalid_grant", "Invalid assertion. The jti has already been used.");

    const requested = typeof claims.scope === "string" ? claims.scope.split(" ").filter(Boolean) : [];
    if (requested.length === 0) throw new OAuthError("invalid_scope", "Missing scope.");
    const notAllowed = requested.filter((s) => !client.scopes.includes(s));
    if (notAllowed.length > 0) {
      throw new OAuthError("invalid_scope", `Scope(s) not allowed for client ${client.clientId}: ${notAllowed.join(" ")}`);
    }
    const details = parseAuthorizationDetails(claims.authorization_details);
    usedJti.set(claims.jti, claims.exp);
    return { client, scope: requested.join(" "), details };
  }

  async function token(req: http.IncomingMessage, res: http.ServerResponse) {
    if (req.method !== "POST") return sendJson(res, 405, { error: "invalid_request", error_description: "Use POST." }, { allow: "POST" });
    const form = new URLSearchParams(await readBody(req, 100_000));
    try {
      const grantType = form.get("grant_type");
      if (grantType !== JWT_BEARER_GRANT) {
        throw new OAuthError("unsupported_grant_type", `Unsupported grant_type ${String(grantType)}; use ${JWT_BEARER_GRANT}.`);
      }
      const assertion = form.get("assertion");
      if (!assertion) throw new OAuthError("invalid_request", "Missing assertion.");
      const { client, scope, details } = await verifyAssertion(assertion);
      const iat = Math.floor(now() / 1000);
      const accessToken = await new SignJWT({
        scope,
        client_id: client.clientId,
        client_amr: "private_key_jwt",
        token_type: "Bearer",
        consumer: { authority: "iso6523-actorid-upis", ID: `0192:${client.consumerOrgnr}` },
        ...(details ? { authorization_details: details } : {}),
      })
        .setProtectedHeader({ alg: "RS256", kid, typ: "at+jwt" })
        .setIssuer(issuer)
        .setIssuedAt(iat)
        .setExpirationTime(iat + lifetime)
        .setJti(randomUUID())
        .sign(privateKey);
      return sendJson(res, 200, { access_token: accessToken, token_type: "Bearer", expires_in: lifetime, scope });
    } catch (error) {
      if (error instanceof OAuthError) return sendJson(res, 400, { error: error.error, error_description: error.description });
      throw error;
    }
  }

  const server = createServer("maskinporten", (req, res, url) => {
    if (url.pathname === "/health") return sendJson(res, 200, { status: "ok" });
    if (url.pathname === "/.well-known/oauth-authorization-server") {
      return sendJson(res, 200, {
        issuer,
        token_endpoint: tokenEndpoint,
        jwks_uri: jwksUri,
        token_endpoint_auth_methods_supported: ["private_key_jwt"],
        grant_types_supported: [JWT_BEARER_GRANT],
        token_endpoint_auth_signing_alg_values_supported: [...ASSERTION_ALGS],
        authorization_details_types_supported: [SYSTEMUSER_TYPE],
      });
    }
    if (url.pathname === "/jwk") return sendJson(res, 200, { keys: [publicJwk] });
    if (url.pathname === "/token") return token(req, res);
    return sendJson(res, 404, { error: "not_found" });
  });
  await listen(server, port, "Maskinporten stand-in");
  return { name: "Maskinporten", port, url: issuer, issuer, jwksUri, tokenEndpoint, close: () => close(server) };
}

/**
 * The Systembruker request: exactly one `urn:altinn:systemuser` entry for one organisation
 * (`0192:<orgnr>`). Maskinporten adds the system user's id; the stand-in derives a stable one.
 */
function parseAuthorizationDetails(value: unknown): (SystemuserDetail & Record<string, unknown>)[] | undefined {
  if (value === undefined) return undefined;
  const fail = (why: string): never => {
    throw new OAuthError("invalid_authorization_details", `Invalid authorization_details: ${why}`);
  };
  if (!Array.isArray(value) || value.length !== 1) fail("expected an array with one entry");
  const entry = (value as unknown[])[0] as Record<string, unknown> | null;
  if (!entry || typeof entry !== "object") fail("entry must be an object");
  if (entry!.type !== SYSTEMUSER_TYPE) fail(`unsupported type ${String(entry!.type)}`);
  const org = entry!.systemuser_org as Record<string, unknown> | undefined;
  if (!org || org.authority !== "iso6523-actorid-upis" || typeof org.ID !== "string") {
    fail('systemuser_org must be {authority: "iso6523-actorid-upis", ID: "0192:<orgnr>"}');
  }
  const match = /^0192:(\d{9})$/.exec(org!.ID as string);
  if (!match || !erGyldigOrgnr(match[1]!)) fail(`systemuser_org.ID ${String(org!.ID)} is not 0192:<valid orgnr>`);
  return [
    {
      type: SYSTEMUSER_TYPE,
      systemuser_org: { authority: "iso6523-actorid-upis", ID: org!.ID as string },
      systemuser_id: [stableUuid(`systemuser:${match![1]}`)],
      system_id: `${STANDIN_CONSUMER_ORGNR}_krav-og-betalinger`,
    },
  ];
}

/** A uuid-shaped id that is the same every run for the same input. */
function stableUuid(input: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const parts: string[] = [];
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < input.length; i++) {
      h1 = Math.imul(h1 ^ input.charCodeAt(i), 16777619) >>> 0;
      h2 = Math.imul(h2 ^ (input.charCodeAt(i) + round), 2246822519) >>> 0;
    }
    parts.push(((h1 ^ h2) >>> 0).toString(16).padStart(8, "0"));
  }
  const hex = parts.join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
