import "server-only";
import { decodeJwt } from "jose";
import { getServerEnv } from "@/lib/env";
import { logger } from "@/lib/log";
import { parseAuthorizedPartiesPage, type AltinnParty } from "./altinn-schema";

/**
 * Altinn Authorization, on behalf of the logged-in person: exchange the ID-porten access
 * token for an Altinn token, renew it, and list the parties the person may act for.
 * Tokens never leave the server; none is logged.
 */

/** `unavailable`: Altinn did not answer or answered 5xx/4xx; `format`: it answered something we cannot read; `refused`: 401 on a token. */
export type AltinnErrorKind = "unavailable" | "format" | "refused";

export class AltinnError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly kind: AltinnErrorKind = status === 401 ? "refused" : "unavailable",
  ) {
    super(message);
    this.name = "AltinnError";
  }
}

/** The Krav og betalinger resource in Altinn's resource registry: Altinn decides who has it. */
export const KRAVOGBETALINGER_RESOURCE = "urn:altinn:resource:ske-krav-og-betalinger";

/** A person with more pages than this is not a real answer (Altinn pages by 100s or more). */
export const MAX_PARTY_PAGES = 50;

export type AltinnToken = { token: string; issuedAt: number; expiresAt: number };

const TIMEOUT_MS = 10_000;

/** The token's own expiry (`exp`); a token without a readable exp is not one we can keep alive. */
export function toAltinnToken(token: string, now = Date.now()): AltinnToken {
  let exp: unknown;
  try {
    exp = decodeJwt(token).exp;
  } catch {
    throw new AltinnError("Altinn-tokenet er ikke en JWT", null, "format");
  }
  if (typeof exp !== "number") throw new AltinnError("Altinn-tokenet mangler exp", null, "format");
  return { token, issuedAt: now, expiresAt: exp * 1000 };
}

function platformBase(): URL {
  return new URL(getServerEnv().ALTINN_PLATFORM_URL.replace(/\/?$/, "/"));
}

async function call(url: URL, bearer: string, what: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { authorization: `Bearer ${bearer}`, accept: "application/json, text/plain" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
      redirect: "error",
    });
  } catch (error) {
    logger.error({ err: error, what }, "altinn unreachable");
    throw new AltinnError(`Altinn svarte ikke (${what})`, null);
  }
  if (!res.ok) {
    const level = res.status >= 500 ? "error" : "warn";
    logger[level]({ status: res.status, what }, "altinn refused");
    await res.body?.cancel().catch(() => {});
    throw new AltinnError(`Altinn svarte ${res.status} (${what})`, res.status);
  }
  return res;
}

async function readToken(res: Response, now: number): Promise<AltinnToken> {
  const text = (await res.text()).trim();
  // Altinn answers the token as text; some gateways wrap it in quotes.
  return toAltinnToken(text.replace(/^"|"$/g, ""), now);
}

/** The person's ID-porten access token -> an Altinn token. It expires when the ID-porten token does (about 120 s). */
export async function exchangeIdportenToken(idportenAccessToken: string, now = Date.now()): Promise<AltinnToken> {
  const res = await call(new URL("authentication/api/v1/exchange/id-porten", platformBase()), idportenAccessToken, "exchange");
  return readToken(res, now);
}

/** A fresh Altinn token (Altinn's own lifetime, about 30 minutes) for a still valid one. 401 (kind "refused") when it is no longer valid. */
export async function refreshAltinnToken(altinnToken: string, now = Date.now()): Promise<AltinnToken> {
  const res = await call(new URL("authentication/api/v1/refresh", platformBase()), altinnToken, "refresh");
  return readToken(res, now);
}

/** The first page's address: only the parties where the person has the Krav og betalinger resource, through any path. */
export function authorizedPartiesUrl(): URL {
  const query = new URLSearchParams({ includeRoles: "true", includeAccessPackages: "true", includeResources: "true", anyOfResourceIds: KRAVOGBETALINGER_RESOURCE });
  return new URL(`accessmanagement/api/v1/enduser/authorizedparties?${query}`, platformBase());
}

/**
 * Every party where Altinn says the person has the Krav og betalinger resource, with roles,
 * access packages and sub-units: every page, following `links.next` until it is null. A next
 * page on another host, a page seen twice, or more than MAX_PARTY_PAGES pages is an answer we
 * cannot trust (kind "format"); the token is never sent anywhere but Altinn's platform.
 */
export async function fetchAuthorizedParties(altinnToken: string): Promise<AltinnParty[]> {
  const base = platformBase();
  const parties: AltinnParty[] = [];
  const seen = new Set<string>();
  let url: URL | null = authorizedPartiesUrl();
  while (url) {
    if (seen.has(url.href) || seen.size >= MAX_PARTY_PAGES) {
      logger.error({ pages: seen.size }, "altinn authorizedparties paging does not end");
      throw new AltinnError("Altinn sin sideinndeling tar ikke slutt (authorizedparties)", null, "format");
    }
    seen.add(url.href);
    const res = await call(url, altinnToken, "authorizedparties");
    const parsed = parseAuthorizedPartiesPage(await res.json().catch(() => undefined));
    if (!parsed.ok) {
      logger.error({ issues: parsed.issues, page: seen.size }, "altinn authorizedparties had an unexpected shape");
      throw new AltinnError("Altinn svarte med et uventet format (authorizedparties)", res.status, "format");
    }
    parties.push(...parsed.page.parties);
    url = parsed.page.next ? nextPageUrl(parsed.page.next, url, base) : null;
  }
  return parties;
}

function nextPageUrl(next: string, current: URL, base: URL): URL {
  let url: URL;
  try {
    url = new URL(next, current);
  } catch {
    throw new AltinnError("Altinn ga en ugyldig neste side (authorizedparties)", null, "format");
  }
  if (url.origin !== base.origin) {
    logger.error({ host: url.host }, "altinn authorizedparties next page on another host");
    throw new AltinnError("Altinn ga en neste side på en annen vert (authorizedparties)", null, "format");
  }
  return url;
}
