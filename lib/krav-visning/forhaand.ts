import "server-only";
import type { NextRequest } from "next/server";
import { altinnNeedsRenewal, PARTY_CACHE_MS, sessionCookieName, sessionIdFromCookie, sessionLimits } from "@/lib/auth/session";
import { judgeSession } from "@/lib/auth/session-policy";
import { getSessionStore } from "@/lib/auth/session-store";
import { hentAapnekrav, somBrukerforespoersel } from "@/lib/kravogbetalinger";
import { statusForFeil, tilFeilInfo, type FeilInfo } from "./feil";

/**
 * A full page load of a party's overview gets its HTTP status before rendering starts (a
 * streamed page's status is fixed when the first byte goes): the proxy fetches the party's
 * aapnekrav first, for a logged-in person with access to the party only. An answer is cached
 * (the page then reads it from the cache); a failure goes to the page in a request header, so
 * the page renders its helpful error (with the reference) without asking again, under a
 * 502/503/504 that monitoring sees. Client navigations (RSC requests) are left alone.
 */
export const FORHAANDSFEIL_HEADER = "x-kob-forhaandsfeil";

export async function forhaandshentOversikt(request: NextRequest, orgnr: string): Promise<{ status: number; feil: FeilInfo } | null> {
  if (request.method !== "GET" || request.headers.has("rsc") || request.headers.has("next-router-prefetch")) return null;
  if (!(request.headers.get("accept") ?? "").includes("text/html")) return null;
  try {
    // A look at the session without side effects: the proxy never renews, ends or writes a session,
    // nor asks Altinn. A session that needs work (renewal, or a party list it does not hold) is
    // left to the page's guard, which says «Økten din er utløpt» when Altinn refuses.
    const id = await sessionIdFromCookie(request.cookies.get(sessionCookieName())?.value);
    const record = id ? await getSessionStore().get(id) : null;
    const now = Date.now();
    if (!record || judgeSession(record, now, sessionLimits()) !== "active" || !record.altinn || altinnNeedsRenewal(record.altinn, now)) return null;
    const parties = record.parties && now - record.parties.fetchedAt < PARTY_CACHE_MS ? record.parties.list : null;
    if (!parties?.some((p) => p.orgnr === orgnr)) return null; // the page's guard answers
    await somBrukerforespoersel("side", record.pid, () => hentAapnekrav(orgnr));
    return null;
  } catch (error) {
    const feil = tilFeilInfo(error);
    if (feil.type === "ukjent" || feil.ingenData || feil.type === "input") return null; // the page decides
    return { status: statusForFeil(feil), feil };
  }
}

/** The page's side: the failure the proxy met, when there was one. */
export function lesForhaandsfeil(verdi: string | null): FeilInfo | null {
  if (!verdi) return null;
  try {
    const feil = JSON.parse(verdi) as FeilInfo;
    return typeof feil?.type === "string" ? tilFeilInfo(feil) : null;
  } catch {
    return null;
  }
}
