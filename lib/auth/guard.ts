import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { logger } from "@/lib/log";
import { oversetter } from "@/lib/i18n/oversetter";
import { hentSpraak } from "@/lib/i18n/server";
import { AltinnError } from "./altinn";
import { classifyOrgnrParam } from "./orgnr-param";
import { CURRENT_PATH_HEADER_NAME, INVALID_ORGNR_PATH, loginPath, safeReturnTo } from "./paths";
import { SessionExpiredError, endSession, partiesFor, readSession } from "./session";
import type { Access, Party, Person } from "./types";

/**
 * The one access guard for everything that shows a party's data: every page and layout under
 * /[orgnr], every JSON route and the kontoutskrift route. It checks, on the server, every time:
 * a valid session (idle and absolute limits), and that the orgnr is one of the person's
 * parties according to Altinn and the access rule (lib/auth/access-rule.ts). Nothing here calls
 * the Krav og betalinger API; when the answer is no, the caller never gets to.
 */

export type { Access, Party, Person } from "./types";


type Verdict =
  | { kind: "ok"; access: Access }
  | { kind: "not-orgnr" }
  | { kind: "invalid-orgnr" }
  | { kind: "no-session" }
  | { kind: "forbidden" }
  | { kind: "unavailable" };

export type SessionAccess = { person: Person; parties: Party[] };
type SessionVerdict = { kind: "ok"; value: SessionAccess } | { kind: "no-session" } | { kind: "unavailable" };

/** The person and their parties, or why not. Once per request (React cache) however many callers. */
const sessionVerdict = cache(async (): Promise<SessionVerdict> => {
  const session = await readSession();
  if (session.status !== "active") return { kind: "no-session" };
  const { record } = session;
  try {
    const parties = await partiesFor(record);
    return { kind: "ok", value: { person: { pid: record.pid, name: record.name }, parties } };
  } catch (error) {
    if (error instanceof SessionExpiredError) {
      await endSession(record.id);
      return { kind: "no-session" };
    }
    if (error instanceof AltinnError) return { kind: "unavailable" };
    throw error;
  }
});

const partyVerdict = cache(async (orgnrParam: string): Promise<Verdict> => {
  const param = classifyOrgnrParam(orgnrParam);
  if (param.kind !== "valid") return { kind: param.kind === "invalid" ? "invalid-orgnr" : "not-orgnr" };
  const verdict = await sessionVerdict();
  if (verdict.kind !== "ok") return verdict;
  const party = verdict.value.parties.find((p) => p.orgnr === param.orgnr);
  if (!party) {
    logger.info({ orgnr: param.orgnr }, "access refused: not one of the person's parties");
    return { kind: "forbidden" };
  }
  return { kind: "ok", access: { ...verdict.value, party } };
});

async function currentPath(fallback: string): Promise<string> {
  return safeReturnTo((await headers()).get(CURRENT_PATH_HEADER_NAME) ?? fallback);
}

/** Thrown when Altinn cannot tell us who may see what; the error page shows its own text, this message is for the log. */
export class AccessCheckUnavailableError extends Error {
  constructor() {
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
    case "forbidden":
      forbidden();
    case "unavailable":
      throw new AccessCheckUnavailableError();
  }
}

function jsonError(status: number, kode: string, melding: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ status, kode, melding, ...extra }, { status, headers: { "cache-control": "no-store" } });
}

/** Route handlers: the access, or a ready JSON Response (401 no session, 403 no access, 400 invalid orgnr) — no upstream call made. */
export async function checkPartyAccess(orgnr: string): Promise<{ ok: true; access: Access } | { ok: false; response: Response }> {
  const verdict = await partyVerdict(orgnr);
  if (verdict.kind === "ok") return { ok: true, access: verdict.access };
  // The message in the request's language; `kode` is what programs read.
  const t = oversetter(await hentSpraak(), "innlogging");
  switch (verdict.kind) {
    case "not-orgnr":
    case "invalid-orgnr":
      return { ok: false, response: jsonError(400, "UGYLDIG_ORGNR", t("api.ugyldigOrgnr", { verdi: safeDecode(orgnr) })) };
    case "no-session":
      return { ok: false, response: jsonError(401, "IKKE_INNLOGGET", t("api.ikkeInnlogget"), { loggInn: loginPath(`/${orgnr}`) }) };
    case "forbidden":
      return { ok: false, response: jsonError(403, "IKKE_TILGANG", t("api.ikkeTilgang")) };
    case "unavailable":
      return { ok: false, response: jsonError(503, "TILGANGSKONTROLL_UTILGJENGELIG", t("api.tilgangskontrollNede")) };
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
  if (verdict.kind === "unavailable") throw new AccessCheckUnavailableError();
  redirect(loginPath(await currentPath(returnTo)));
}

/** For the front page: the person and parties when logged in, otherwise null (no redirect). */
export async function optionalSession(): Promise<SessionAccess | null> {
  const verdict = await sessionVerdict();
  if (verdict.kind === "unavailable") throw new AccessCheckUnavailableError();
  return verdict.kind === "ok" ? verdict.value : null;
}
