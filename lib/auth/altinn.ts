import "server-only";
import { decodeJwt } from "jose";
import { getServerEnv } from "@/lib/env";
import { logger } from "@/lib/log";
import { authorizedPartiesSchema, type AltinnParty } from "./altinn-schema";

/**
 * Altinn Authorization, on behalf of the logged-in person: exchange the ID-porten access
 * token for an Altinn token, renew it, and list the parties the person may act for.
 * Tokens never leave the server; none is logged.
 */

export class AltinnError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = "AltinnError";
  }
}

export type AltinnToken = { token: string; issuedAt: number; expiresAt: number };

const TIMEOUT_MS = 10_000;

function toAltinnToken(token: string, now = Date.now()): AltinnToken {
  let expiresAt = now + 30 * 60_000;
  try {
    const { exp } = decodeJwt(token);
    if (typeof exp === "number") expiresAt = exp * 1000;
  } catch {
    // Not a JWT we can read: assume Altinn's usual 30 minutes.
  }
  return { token, issuedAt: now, expiresAt };
}

async function call(path: string, bearer: string, what: string): Promise<Response> {
  const url = new URL(path, getServerEnv().ALTINN_PLATFORM_URL.replace(/\/?$/, "/"));
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { authorization: `Bearer ${bearer}`, accept: "application/json, text/plain" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
    });
  } catch (error) {
    logger.error({ err: error, what }, "altinn unreachable");
    throw new AltinnError(`Altinn svarte ikke (${what})`, null);
  }
  if (!res.ok) {
    const level = res.status >= 500 ? "error" : "warn";
    logger[level]({ status: res.status, what }, "altinn refused");
    throw new AltinnError(`Altinn svarte ${res.status} (${what})`, res.status);
  }
  return res;
}

async function readToken(res: Response): Promise<string> {
  const text = (await res.text()).trim();
  // Altinn answers the token as text; some gateways wrap it in quotes.
  return text.replace(/^"|"$/g, "");
}

/** The person's ID-porten access token -> an Altinn token (Altinn checks the ID-porten token). */
export async function exchangeIdportenToken(idportenAccessToken: string): Promise<AltinnToken> {
  const res = await call("authentication/api/v1/exchange/id-porten", idportenAccessToken, "exchange");
  return toAltinnToken(await readToken(res));
}

/** A fresh Altinn token for a still valid one. */
export async function refreshAltinnToken(altinnToken: string): Promise<AltinnToken> {
  const res = await call("authentication/api/v1/refresh", altinnToken, "refresh");
  return toAltinnToken(await readToken(res));
}

/** Every party the person may act for, with roles, access packages, resources and sub-units. */
export async function fetchAuthorizedParties(altinnToken: string): Promise<AltinnParty[]> {
  const query = new URLSearchParams({ includeAltinn2: "true", includeRoles: "true", includeAccessPackages: "true", includeResources: "true" });
  const res = await call(`accessmanagement/api/v1/enduser/authorizedparties?${query}`, altinnToken, "authorizedparties");
  const parsed = authorizedPartiesSchema.safeParse(await res.json().catch(() => null));
  if (!parsed.success) {
    logger.error({ issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`) }, "altinn authorizedparties had an unexpected shape");
    throw new AltinnError("Altinn svarte med et uventet format (authorizedparties)", res.status);
  }
  return parsed.data;
}
