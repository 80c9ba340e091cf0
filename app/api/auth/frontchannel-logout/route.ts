import type { NextRequest } from "next/server";
import { getServerEnv } from "@/lib/env";
import { idportenDiscovery } from "@/lib/auth/idporten-discovery";
import { contentSecurityPolicy, createNonce, idportenOrigins } from "@/lib/auth/security-headers";
import { ENDED_SID_MAX_MS, MAX_SID_LENGTH, getSessionStore } from "@/lib/auth/session-store";
import { requestLogger } from "@/lib/log";
import { oversetter } from "@/lib/i18n/oversetter";
import { hentSpraak } from "@/lib/i18n/server";

/**
 * Front-channel logout: ID-porten loads GET ?iss=...&sid=... in an iframe when the person logs
 * out elsewhere. Every session with that sid ends, found on the server (our cookie may not
 * arrive in a third-party iframe). This route alone may be framed, and only by ID-porten.
 * `iss` is compared with the issuer without a trailing slash on either side (Digdir's own example
 * sends `https://idporten.no/`). Anyone can call this URL, so it keeps nothing for a sid no live
 * session has, refuses an overlong one, and remembers an ended sid no longer than ID-porten's
 * own session (120 minutes).
 */
const withoutTrailingSlash = (value: string) => value.replace(/\/+$/, "");
export async function GET(request: NextRequest) {
  const log = requestLogger(request.headers.get("x-request-id"));
  const env = getServerEnv();
  const iss = request.nextUrl.searchParams.get("iss");
  const sid = request.nextUrl.searchParams.get("sid");
  const origins = new Set(idportenOrigins(env.IDPORTEN_WELL_KNOWN_URL));
  // In ID-porten's iframe our cookie may not come along; then the browser's language decides.
  const spraak = await hentSpraak();
  const t = oversetter(spraak, "feilsvar");
  const side = (tittel: string, tekst: string) => `<!doctype html><html lang="${spraak}"><title>${tittel}</title><p>${tekst}</p></html>`;
  const headers = () =>
    new Headers({
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": contentSecurityPolicy({ nonce: createNonce(), prod: env.APP_ENV === "prod", dev: false, idportenOrigins: [...origins], frameable: true }),
    });
  // ID-porten's discovery or the session store (Redis) out of reach: say so, never a bare 500.
  const unavailable = (error: unknown) => {
    log.error({ err: error }, "front-channel logout failed");
    return new Response(side(t("utloggingUtilgjengelig.tittel"), t("utloggingUtilgjengelig.tekst")), { status: 503, headers: headers() });
  };

  let issuer: string;
  try {
    const discovery = await idportenDiscovery();
    issuer = discovery.issuer;
    origins.add(new URL(issuer).origin);
    if (discovery.end_session_endpoint) origins.add(new URL(discovery.end_session_endpoint).origin);
  } catch (error) {
    return unavailable(error);
  }

  const issMatches = iss !== null && withoutTrailingSlash(iss) === withoutTrailingSlash(issuer);
  if (!sid || sid.length > MAX_SID_LENGTH || !issMatches) {
    log.warn({ hasSid: Boolean(sid), sidTooLong: (sid?.length ?? 0) > MAX_SID_LENGTH, issMatches }, "front-channel logout refused");
    return new Response(side(t("utloggingUgyldig.tittel"), t("utloggingUgyldig.tekst")), { status: 400, headers: headers() });
  }
  let ended: number;
  try {
    ended = await getSessionStore().endSid(sid, Date.now() + ENDED_SID_MAX_MS);
  } catch (error) {
    return unavailable(error);
  }
  log.info({ ended }, "front-channel logout");
  return new Response(side(t("utlogget.tittel"), t("utlogget.tekst")), { status: 200, headers: headers() });
}
