import "server-only";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { getServerEnv } from "@/lib/env";
import { logger } from "@/lib/log";
import { partiesWithAccess } from "./access-rule";
import { AltinnError, exchangeIdportenToken, fetchAuthorizedParties, refreshAltinnToken, type AltinnToken } from "./altinn";
import { judgeSession, needsTouch, type SessionVerdict } from "./session-policy";
import { getSessionStore, type SessionRecord } from "./session-store";
import type { Party } from "./types";

/**
 * Our session: next-auth's encrypted, HttpOnly cookie carries only the id of a server-side
 * record (lib/auth/session-store.ts) that holds the person, ID-porten's sid and the tokens.
 * Idle timeout and absolute lifetime are judged on the server at every request.
 */

/** How long the list of parties is reused before Altinn is asked again. */
export const PARTY_CACHE_MS = 5 * 60_000;
/**
 * The Altinn token is renewed while the session is in use, by the time it has left: once less
 * than this is left (Altinn's refreshed tokens live about 30 minutes, so about every 3 minutes
 * of use). The exchanged token (which dies with the ID-porten token, about 120 s) is refreshed
 * at once at login.
 */
export const ALTINN_RENEW_WHEN_LEFT_MS = 27 * 60_000;

/** True when the token should be renewed now (it is still valid but has less than ALTINN_RENEW_WHEN_LEFT_MS left). */
export function altinnNeedsRenewal(token: { expiresAt: number }, now: number): boolean {
  return token.expiresAt - now < ALTINN_RENEW_WHEN_LEFT_MS;
}

/** next-auth's cookie name: __Secure- prefixed (and Secure) when the app runs on https. */
export function sessionCookieName(): string {
  return getServerEnv().NEXTAUTH_URL.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function sessionLimits() {
  const env = getServerEnv();
  return { idleMinutes: env.SESSION_IDLE_MINUTES, maxHours: env.SESSION_MAX_HOURS };
}

/** The Altinn token could not be kept alive: the person must log in again. */
export class SessionExpiredError extends Error {
  constructor() {
    super("Økten med Altinn er utløpt");
    this.name = "SessionExpiredError";
  }
}

export type LoginResult = { pid: string; name: string | null; sid: string | null; acr: string; idToken: string; accessToken: string };

/**
 * At login: exchange the ID-porten token with Altinn, refresh the exchanged token at once (it
 * expires with the ID-porten token, about 120 s), and store the session. Returns the record id.
 */
export async function createSession(login: LoginResult, now = Date.now()): Promise<string> {
  let altinn = await exchangeIdportenToken(login.accessToken, now);
  try {
    altinn = await refreshAltinnToken(altinn.token, now);
  } catch (error) {
    // Still valid for a minute or two: the next request renews it by its time left.
    logger.warn({ err: error }, "altinn token refresh after the exchange failed");
  }
  const record: SessionRecord = {
    id: randomUUID(),
    pid: login.pid,
    name: login.name,
    sid: login.sid,
    acr: login.acr,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: now + sessionLimits().maxHours * 3_600_000,
    idToken: login.idToken,
    altinn,
    parties: null,
  };
  await getSessionStore().put(record);
  logger.info({ acr: login.acr }, "login");
  return record.id;
}

/** Why a session is over: idle or lifetime limits, ended (logout, front-channel), or Altinn refused to renew its token. */
export type ExpiryReason = SessionVerdict | "ended" | "altinn";

export type SessionState = { status: "none" } | { status: "expired"; reason: ExpiryReason } | { status: "active"; record: SessionRecord };

/** The session id inside next-auth's cookie value, or null. */
export async function sessionIdFromCookie(value: string | undefined): Promise<string | null> {
  if (!value) return null;
  try {
    const token = await decode({ token: value, secret: getServerEnv().NEXTAUTH_SECRET });
    return typeof token?.sessionId === "string" ? token.sessionId : null;
  } catch {
    return null;
  }
}

/** This request's session: reads the cookie, judges idle and lifetime, and marks it as used. */
export async function readSession(): Promise<SessionState> {
  return readSessionFromCookie((await cookies()).get(sessionCookieName())?.value);
}

/** The session a cookie value points to, judged at `now` (idle timeout, absolute lifetime); an active one is marked as used. */
export async function readSessionFromCookie(cookieValue: string | undefined, now = Date.now()): Promise<SessionState> {
  const id = await sessionIdFromCookie(cookieValue);
  if (!id) return { status: "none" };
  const store = getSessionStore();
  const record = await store.get(id);
  if (!record) return { status: "expired", reason: "ended" };
  const verdict = judgeSession(record, now, sessionLimits());
  if (verdict !== "active") {
    await store.delete(id);
    logger.info({ reason: verdict }, "session expired");
    return { status: "expired", reason: verdict };
  }
  let changed = false;
  if (needsTouch(record, now)) {
    record.lastSeenAt = now;
    changed = true;
  }
  if (record.altinn && altinnNeedsRenewal(record.altinn, now)) {
    const renewed = await renewAltinnToken(record.id, record.altinn, now);
    if (renewed === "refused") {
      await store.delete(id);
      logger.info({ reason: "altinn" }, "session expired");
      return { status: "expired", reason: "altinn" };
    }
    if (renewed) {
      record.altinn = renewed;
      changed = true;
    }
  }
  // Re-read first, so a logout during the Altinn call is not undone by this write.
  if (changed && (await store.get(id))) await store.put(record);
  return { status: "active", record };
}

const renewing = new Map<string, Promise<AltinnToken | "refused" | null>>();

/**
 * One renewal per session at a time. "refused": Altinn said 401, or the token is already past
 * its expiry (the session cannot be kept alive); null: Altinn failed otherwise while the token is
 * still valid (kept, tried again on the next request).
 */
function renewAltinnToken(sessionId: string, token: AltinnToken, now: number): Promise<AltinnToken | "refused" | null> {
  if (token.expiresAt <= now) return Promise.resolve("refused");
  const running = renewing.get(sessionId);
  if (running) return running;
  const work = refreshAltinnToken(token.token, now)
    .catch((error: unknown) => {
      if (error instanceof AltinnError && error.kind === "refused") return "refused" as const;
      logger.warn({ err: error }, "altinn token refresh failed");
      return null;
    })
    .finally(() => renewing.delete(sessionId));
  renewing.set(sessionId, work);
  return work;
}

const inFlight = new Map<string, Promise<Party[]>>();

/**
 * The parties this person may see claims for (the access rule applied to Altinn's list),
 * cached in the session for PARTY_CACHE_MS; `refresh` asks Altinn now.
 * Throws SessionExpiredError when the Altinn token is gone, AltinnError when Altinn fails.
 */
export async function partiesFor(record: SessionRecord, opts: { refresh?: boolean; now?: number } = {}): Promise<Party[]> {
  const now = opts.now ?? Date.now();
  if (!opts.refresh && record.parties && now - record.parties.fetchedAt < PARTY_CACHE_MS) return record.parties.list;
  const running = inFlight.get(record.id);
  if (running) return running;
  const work = (async () => {
    if (!record.altinn || record.altinn.expiresAt <= now) throw new SessionExpiredError();
    let authorized;
    try {
      authorized = await fetchAuthorizedParties(record.altinn.token);
    } catch (error) {
      if (error instanceof AltinnError && error.kind === "refused") throw new SessionExpiredError();
      throw error;
    }
    const list = partiesWithAccess(authorized);
    const store = getSessionStore();
    const latest = await store.get(record.id);
    record.parties = { list, fetchedAt: opts.now ?? Date.now() };
    if (latest) await store.put({ ...latest, parties: record.parties });
    return list;
  })();
  inFlight.set(record.id, work);
  try {
    return await work;
  } finally {
    inFlight.delete(record.id);
  }
}

export async function endSession(id: string): Promise<void> {
  await getSessionStore().delete(id);
}
