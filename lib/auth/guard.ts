import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { logger, requestLogger } from "@/lib/log";
import { oversetter } from "@/lib/i18n/oversetter";
import { hentSpraak } from "@/lib/i18n/server";
import { AltinnError } from "./altinn";
import { classifyOrgnrParam } from "./orgnr-param";
import { accessUnavailablePath, expiredLoginPath, safeReference } from "./login-page";
import { CURRENT_PATH_HEADER_NAME, INVALID_ORGNR_PATH, loginPath, safeReturnTo } from "./paths";
import { SessionExpiredError, endSession, partiesFor, readSession } from "./session";
import type { Access, Party, Person } from "./types";

/**
 * The one access guard for everything that shows a party's data: every page and layout under
 * /[orgnr], every JSON route and the kontoutskrift route. It checks, on the server, every time:
 * a valid session (idle and absolute limits), and that the orgnr is one of the person's
 * parties according to Altinn and the access rule (lib/auth/access-rule.ts). Nothing here calls
 * the Krav og betalinger API; when the answer is no, the caller never gets to.
 * A session that ran out (idle, lifetime, Altinn refused to renew) goes to the login page with
 * «Økten din er utløpt»; Altinn failing goes to a page with a reference, never a 500.
 */

export type { Access, Party, Person } from "./types";


type Verdict =
  | { kind: "ok"; access: Access }
  | { kind: "not-orgnr" }
  | { kind: "invalid-orgnr" }
  | { kind: "no-session" }
  | { kind: "expired" }
  | { kind: "forbidden" }
  | Unavailable;

type Unavailable = { kind: "unavailable"; cause: "format" | "nede"; reference: string | null };

export type SessionAccess = { person: Person; parties: Party[] };
type SessionVerdict = { kind: "ok"; value: SessionAccess } | { kind: "no-session" } | { kind: "expired" } | Unavailable;

async function requestId(): Promise<string | null> {
  return safeReference((await headers()).get("x-request-id"));
}

/** The person and their parties, or why not. Once per request (React cache) however many callers. */
const sessionVerdict = cache(async (): Promise<SessionVerdict> => {
  const session = await readSession();
  // Logged out here or elsewhere (front-channel): a plain login. Ran out: the login page says so.
  if (session.status === "expired" && session.reason !== "ended") return { kind: "expired" };
  if (session.status !== "active") return { kind: "no-session" };
  const { record } = session;
  try {
    const parties = await partiesFor(record);
    return { kind: "ok", value: { person: { pid: record.pid, name: record.name }, parties } };
  } catch (error) {
    if (error instanceof SessionExpiredError) {
      await endSession(record.id);
      return { kind: "expired" };
    }
    if (error instanceof AltinnError) {
      const reference = await requestId();
      const cause = error.kind === "format" ? "format" : "nede";
      requestLogger(reference).error({ cause, status: error.status }, "access check unavailable: Altinn");
      return { kind: "unavailable", cause, reference };
    }
    throw error;
  }
});

function partyVerdictFrom(orgnrParam: string, verdict: SessionVerdict): Verdict {
  const param = classifyOrgnrParam(orgnrParam);
  if (param.kind !== "valid") return { kind: param.kind === "invalid" ? "invalid-orgnr" : "not-orgnr" };
  if (verdict.kind !== "ok") return verdict;
  const party = verdict.value.parties.find((p) => p.orgnr === param.orgnr);
  if (!party) {
    logger.info({ orgnr: param.orgnr }, "access refused: not one of the person's parties");
    return { kind: "forbidden" };
  }
  return { kind: "ok", access: { ...verdict.value, party } };
}

const partyVerdict = cache(async (orgnrParam: string): Promise<Verdict> => {
  const param = classifyOrgnrParam(orgnrParam);
  // An orgnr that is not one is answered before the session is read.
  if (param.kind !== "valid") return partyVerdictFrom(orgnrParam, { kind: "no-session" });
  return partyVerdictFrom(orgnrParam, await sessionVerdict());
});

async function currentPath(fallback: string): Promise<string> {
  return safeReturnTo((await headers()).get(CURRENT_PATH_HEADER_NAME) ?? fallback);
}

/** Thrown when Altinn cannot tell us who may see what; the error page shows its own text, this message is for the log. */
export class AccessCheckUnavailableError extends Error {
  constructor(
    readonly reason: "format" | "nede" = "nede",
    readonly reference: string | null = null,
  ) {
    super("Altinn unavailable: the access check cannot be made");
    this.name = "AccessCheckUnavailableError";
  }
}

/** Pages/layouts under /[orgnr]: the access, or it never returns (redirect to ID-porten login and back; 403 page; 400 page for an invalid orgnr). */
export async function requirePartyAccess(orgnr: string): Promise<Access> {
  const verdict = await partyVerdict(orgnr);
  switch (verdict.kind) {
    case "ok":
      return verdict.access;
    case "not-orgnr":
      notFound();
    case "invalid-orgnr":
      // proxy.ts answers these with a 400 page before we get here; this is the fallback.
      redirect(`${INVALID_ORGNR_PATH}?orgnr=${encodeURIComponent(orgnr)}`);
    case "no-session":
      redirect(loginPath(await currentPath(`/${orgnr}`)));
    case "expired":
      redirect(expiredLoginPath(await currentPath(`/${orgnr}`)));
    case "forbidden":
      forbidden();
    case "unavailable":
      redirect(accessUnavailablePath(verdict.cause, verdict.reference, await currentPath(`/${orgnr}`)));
  }
}

function jsonError(status: number, kode: string, melding: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ status, kode, melding, ...extra }, { status, headers: { "cache-control": "no-store" } });
}

/** Route handlers: the access, or a ready JSON Response (401 no session, 403 no access, 400 invalid orgnr) — no upstream call made. */
export async function checkPartyAccess(orgnr: string): Promise<PartyCheck> {
  return answerFor(orgnr, await partyVerdict(orgnr));
}

type PartyCheck = { ok: true; access: Access } | { ok: false; response: Response };

/**
 * For a route that checks many parties in one request (the klientoversikt's fill): the session
 * and the person's parties are read once, and each orgnr then gets checkPartyAccess's answer.
 * (React's cache does not hold across a route handler's calls, so 200 checks read it 200 times.)
 */
export async function partyAccessChecker(): Promise<(orgnr: string) => Promise<PartyCheck>> {
  const session = await sessionVerdict();
  return (orgnr) => answerFor(orgnr, partyVerdictFrom(orgnr, session));
}

async function answerFor(orgnr: string, verdict: Verdict): Promise<PartyCheck> {
  if (verdict.kind === "ok") return { ok: true, access: verdict.access };
  // The message in the request's language; `kode` is what programs read.
  const t = oversetter(await hentSpraak(), "innlogging");
  switch (verdict.kind) {
    case "not-orgnr":
    case "invalid-orgnr":
      return { ok: false, response: jsonError(400, "UGYLDIG_ORGNR", t("api.ugyldigOrgnr", { verdi: safeDecode(orgnr) })) };
    case "no-session":
      return { ok: false, response: jsonError(401, "IKKE_INNLOGGET", t("api.ikkeInnlogget"), { loggInn: loginPath(`/${orgnr}`) }) };
    case "expired":
      return { ok: false, response: jsonError(401, "IKKE_INNLOGGET", t("api.ikkeInnlogget"), { loggInn: expiredLoginPath(`/${orgnr}`), utlopt: true }) };
    case "forbidden":
      return { ok: false, response: jsonError(403, "IKKE_TILGANG", t("api.ikkeTilgang")) };
    case "unavailable": {
      const melding = verdict.cause === "format" ? oversetter(await hentSpraak(), "okt")("utilgjengelig.apiFormat", { referanse: verdict.reference ?? "-" }) : t("api.tilgangskontrollNede");
      return { ok: false, response: jsonError(verdict.cause === "format" ? 502 : 503, "TILGANGSKONTROLL_UTILGJENGELIG", melding, { referanse: verdict.reference }) };
    }
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value).slice(0, 40);
  } catch {
    return value.slice(0, 40);
  }
}

/** Pages outside /[orgnr] that need a login (the party picker): the person and parties, or a redirect to login. */
export async function requireSession(returnTo: string): Promise<SessionAccess> {
  const verdict = await sessionVerdict();
  if (verdict.kind === "ok") return verdict.value;
  const path = await currentPath(returnTo);
  if (verdict.kind === "unavailable") redirect(accessUnavailablePath(verdict.cause, verdict.reference, path));
  redirect(verdict.kind === "expired" ? expiredLoginPath(path) : loginPath(path));
}

/** For route handlers: the person and parties when logged in, otherwise null; AccessCheckUnavailableError when Altinn fails. */
export async function optionalSession(): Promise<SessionAccess | null> {
  const verdict = await sessionVerdict();
  if (verdict.kind === "unavailable") throw new AccessCheckUnavailableError(verdict.cause, verdict.reference);
  return verdict.kind === "ok" ? verdict.value : null;
}

/** For the front page: the person and parties when logged in, otherwise null; a run-out session or Altinn failing redirect to their pages. */
export async function optionalSessionForPage(): Promise<SessionAccess | null> {
  const verdict = await sessionVerdict();
  if (verdict.kind === "unavailable") redirect(accessUnavailablePath(verdict.cause, verdict.reference, "/"));
  if (verdict.kind === "expired") redirect(expiredLoginPath("/"));
  return verdict.kind === "ok" ? verdict.value : null;
}
