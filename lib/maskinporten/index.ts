import "server-only";
import { randomUUID } from "node:crypto";
import { importJWK, SignJWT, type JWK } from "jose";
import { z } from "zod";
import { getServerEnv, readSecretValue } from "../env";
import { logger as defaultLogger } from "../log";
import type { Logger } from "pino";
import { metrics } from "../metrics";

/**
 * Maskinporten client: a token from the JWT grant, asked for as a Systembruker for one party
 * (`authorization_details` with `urn:altinn:systemuser`). Tokens are cached per (scope, party)
 * until shortly before they expire, and concurrent requests for the same party share one
 * token request. Tokens and assertions are never logged and never leave the server.
 */

export type MaskinportenConfig = {
  /** `.../.well-known/oauth-authorization-server`: issuer and token_endpoint are read from it. */
  wellKnownUrl: string;
  clientId: string;
  /** Private JWK as inline JSON or `file:<path>` (see readSecretValue in lib/env.ts). */
  clientJwk: string;
  /** Space-separated scopes. */
  scopes: string;
  /** Timeout per HTTP call to Maskinporten (default 10 s). */
  timeoutMs?: number;
  /** Drop a cached token this many seconds before it expires (default 10). */
  marginSeconds?: number;
  /** Lifetime of the assertion in seconds, at most 120 (default 60). */
  assertionLifetimeSeconds?: number;
  logger?: Logger;
  /** Clock in milliseconds; tests may move it. */
  now?: () => number;
};

export interface TokenProvider {
  /** An access token for acting as Systembruker for this party. */
  hentToken(orgnr: string): Promise<string>;
  /** Forgets a token the API refused (KB-004), so the next hentToken fetches a new one. */
  glemToken(orgnr: string, token: string): void;
}

export class MaskinportenError extends Error {
  readonly status: number | null;
  /** The OAuth error code from the token endpoint (e.g. `invalid_grant`), when there is one. */
  readonly error: string | null;
  constructor(message: string, args: { status?: number | null; error?: string | null; cause?: unknown } = {}) {
    super(message, { cause: args.cause });
    this.name = "MaskinportenError";
    this.status = args.status ?? null;
    this.error = args.error ?? null;
  }
}

const metadataSchema = z.object({ issuer: z.string().min(1), token_endpoint: z.url() });
export type MaskinportenMetadata = z.infer<typeof metadataSchema>;

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.coerce.number().positive().optional(),
  scope: z.string().optional(),
});

const oauthErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });

/** The Systembruker claim for one party. */
export function systembrukerDetaljer(orgnr: string) {
  return [{ type: "urn:altinn:systemuser", systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${orgnr}` } }];
}

export type AssertionArgs = {
  jwk: JWK;
  clientId: string;
  /** The authorization server's issuer (the metadata's `issuer`). */
  audience: string;
  scopes: string;
  orgnr: string;
  /** Seconds since epoch. */
  iat: number;
  lifetimeSeconds?: number;
};

/** The signed JWT grant assertion (RS256 unless the JWK names another RS alg; `kid` in the header). */
export async function lagAssertion(args: AssertionArgs): Promise<string> {
  const lifetime = Math.min(args.lifetimeSeconds ?? 60, 120);
  const alg = args.jwk.alg && /^RS(256|384|512)$/.test(args.jwk.alg) ? args.jwk.alg : "RS256";
  const key = await importJWK(args.jwk, alg);
  return new SignJWT({ scope: args.scopes, authorization_details: systembrukerDetaljer(args.orgnr) })
    .setProtectedHeader({ alg, ...(args.jwk.kid ? { kid: args.jwk.kid } : {}) })
    .setIssuer(args.clientId)
    .setAudience(args.audience)
    .setIssuedAt(args.iat)
    .setExpirationTime(args.iat + lifetime)
    .setJti(randomUUID())
    .sign(key);
}

async function readJwk(value: string): Promise<JWK> {
  let text: string;
  try {
    text = await readSecretValue(value);
  } catch (cause) {
    throw new MaskinportenError("MASKINPORTEN_CLIENT_JWK kunne ikke leses", { cause });
  }
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    throw new MaskinportenError("MASKINPORTEN_CLIENT_JWK er ikke gyldig JSON");
  }
  if (!jwk || typeof jwk !== "object" || (jwk as JWK).kty !== "RSA" || typeof (jwk as JWK).d !== "string") {
    throw new MaskinportenError("MASKINPORTEN_CLIENT_JWK må være en privat RSA-nøkkel (JWK)");
  }
  return jwk as JWK;
}

function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string } })?.cause;
  return cause?.code;
}

async function fetchWithTimeout(url: string, init: RequestInit, timeoutMs: number, what: string): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (cause) {
    const name = (cause as Error)?.name;
    if (name === "TimeoutError" || name === "AbortError") {
      throw new MaskinportenError(`${what}: ingen svar innen ${timeoutMs} ms`, { cause });
    }
    throw new MaskinportenError(`${what}: kunne ikke koble til (${errorCode(cause) ?? "nettverksfeil"})`, { cause });
  }
}

export function createMaskinportenClient(config: MaskinportenConfig): TokenProvider {
  const log = config.logger ?? defaultLogger;
  const now = config.now ?? Date.now;
  const timeoutMs = config.timeoutMs ?? 10_000;
  const marginMs = (config.marginSeconds ?? 10) * 1000;

  let jwkPromise: Promise<JWK> | undefined;
  let metadata: { value: Promise<MaskinportenMetadata>; fetchedAt: number } | undefined;
  const tokens = new Map<string, { token: string; expiresAt: number }>();
  const inFlight = new Map<string, Promise<string>>();

  const jwk = () => {
    jwkPromise ??= readJwk(config.clientJwk).catch((error: unknown) => {
      jwkPromise = undefined;
      throw error;
    });
    return jwkPromise;
  };

  const hentMetadata = () => {
    if (!metadata || now() - metadata.fetchedAt > 3_600_000) {
      const value = (async () => {
        const res = await fetchWithTimeout(config.wellKnownUrl, { headers: { accept: "application/json" } }, timeoutMs, "Maskinporten-metadata");
        if (!res.ok) throw new MaskinportenError(`Maskinporten-metadata svarte ${res.status}`, { status: res.status });
        const parsed = metadataSchema.safeParse(await res.json().catch(() => null));
        if (!parsed.success) throw new MaskinportenError("Maskinporten-metadata mangler issuer eller token_endpoint");
        return parsed.data;
      })();
      metadata = { value, fetchedAt: now() };
      value.catch(() => {
        if (metadata?.value === value) metadata = undefined;
      });
    }
    return metadata.value;
  };

  const key = (orgnr: string) => `${config.scopes}|${orgnr}`;

  async function nyttToken(orgnr: string): Promise<string> {
    const started = now();
    const [meta, privateJwk] = await Promise.all([hentMetadata(), jwk()]);
    const assertion = await lagAssertion({
      jwk: privateJwk,
      clientId: config.clientId,
      audience: meta.issuer,
      scopes: config.scopes,
      orgnr,
      iat: Math.floor(now() / 1000),
      lifetimeSeconds: config.assertionLifetimeSeconds,
    });
    const body = new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion });
    const res = await fetchWithTimeout(
      meta.token_endpoint,
      { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" }, body },
      timeoutMs,
      "Maskinporten-token",
    );
    const json: unknown = await res.json().catch(() => null);
    const durationMs = now() - started;
    if (!res.ok) {
      const oauth = oauthErrorSchema.safeParse(json);
      const error = oauth.success ? oauth.data.error : null;
      log.warn({ orgnr, status: res.status, error, durationMs }, "Maskinporten avviste tokenforespørselen");
      metrics.tokenFetches.inc({ issuer: "maskinporten", result: "avvist" });
      throw new MaskinportenError(
        `Maskinporten svarte ${res.status}${error ? ` (${error}${oauth.data?.error_description ? `: ${oauth.data.error_description}` : ""})` : ""}`,
        { status: res.status, error },
      );
    }
    const parsed = tokenResponseSchema.safeParse(json);
    if (!parsed.success) throw new MaskinportenError("Maskinporten svarte uten access_token", { status: res.status });
    const expiresIn = parsed.data.expires_in ?? 120;
    tokens.set(key(orgnr), { token: parsed.data.access_token, expiresAt: now() + expiresIn * 1000 });
    metrics.tokenFetches.inc({ issuer: "maskinporten", result: "ok" });
    log.debug({ orgnr, durationMs, expiresIn }, "Maskinporten-token hentet");
    return parsed.data.access_token;
  }

  return {
    hentToken(orgnr) {
      const k = key(orgnr);
      const cached = tokens.get(k);
      if (cached && cached.expiresAt - marginMs > now()) return Promise.resolve(cached.token);
      if (cached) tokens.delete(k);
      let pending = inFlight.get(k);
      if (!pending) {
        pending = nyttToken(orgnr).finally(() => inFlight.delete(k));
        inFlight.set(k, pending);
      }
      return pending;
    },
    glemToken(orgnr, token) {
      const k = key(orgnr);
      if (tokens.get(k)?.token === token) tokens.delete(k);
    },
  };
}

/** The Maskinporten settings from the server configuration. */
export function maskinportenConfigFromEnv(env = getServerEnv()): MaskinportenConfig {
  return {
    wellKnownUrl: env.MASKINPORTEN_WELL_KNOWN_URL,
    clientId: env.MASKINPORTEN_CLIENT_ID,
    clientJwk: env.MASKINPORTEN_CLIENT_JWK,
    scopes: env.MASKINPORTEN_SCOPES,
  };
}

const globalForMaskinporten = globalThis as unknown as { kobMaskinporten?: TokenProvider };

/** The process-wide client, configured from the environment on first use. */
export function getMaskinportenClient(): TokenProvider {
  return (globalForMaskinporten.kobMaskinporten ??= createMaskinportenClient(maskinportenConfigFromEnv()));
}
