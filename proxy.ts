import { NextResponse, type NextRequest } from "next/server";
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";
import { CURRENT_PATH_HEADER_NAME, FRONTCHANNEL_LOGOUT_PATH, INVALID_ORGNR_PATH, hasUndecodableSegment, isSafeCallbackUrl } from "@/lib/auth/paths";
import { classifyOrgnrParam } from "@/lib/auth/orgnr-param";
import { ugyldigAdresseSvar } from "@/lib/auth/proxy-svar";
import { createNonce, idportenOrigins, securityHeaders } from "@/lib/auth/security-headers";
import { getServerEnv } from "@/lib/env";
import { oversetter } from "@/lib/i18n/oversetter";
import { spraakForForespoersel } from "@/lib/auth/proxy-svar";
import { requestIdFrom } from "@/lib/request-id";
import { FORHAANDSFEIL_HEADER, forhaandshentOversikt } from "@/lib/krav-visning/forhaand";

/**
 * Runs before every request:
 * - gives it an id that the server's log lines carry (header x-request-id);
 * - security headers with a fresh CSP nonce (Next puts it on its own scripts);
 * - tells the server which path was asked for, so a login can return there;
 * - answers a party URL with an invalid organisasjonsnummer with a 400 page (a number with
 *   spaces is sent to its canonical form);
 * - answers a path Next cannot decode into route parameters (malformed percent-encoding, which
 *   Next answers with a bare 500) with a 400: JSON under /api/ (in the request's language), the
 *   invalid-orgnr page for a party URL;
 * - answers a client-router request whose Next-Router-State-Tree header Next cannot parse (Next
 *   answers a bare 500 and logs a stack) with a 400. Next strips that header before the proxy
 *   unless next.config.js sets skipProxyUrlNormalize, which it does for this check;
 * - drops a next-auth callback-url cookie that is not a path in this app (a planted one made the
 *   callback answer 500), from the request and from the browser.
 * A client's x-request-id is kept only when it is a short token of safe characters.
 */
export async function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  const { pathname, search } = request.nextUrl;

  if (hasBadRouterState(request)) {
    const melding = oversetter(spraakForForespoersel(request), "feilsvar")("ugyldigForespoersel");
    return withHeaders(new NextResponse(melding, { status: 400, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } }), requestId, pathname);
  }

  const undecodable = hasUndecodableSegment(pathname);
  if (undecodable && pathname.startsWith("/api/")) {
    return withHeaders(NextResponse.json(ugyldigAdresseSvar(request), { status: 400, headers: { "cache-control": "no-store" } }), requestId, pathname);
  }

  const first = pathname.split("/")[1] ?? "";
  const param = first ? classifyOrgnrParam(first) : null;
  // Where a party URL's number goes; deeper segments are no parameters, and Next answers 404.
  const undecodableOrgnr = undecodable && hasUndecodableSegment(`/${first}`);
  if (param?.kind === "valid" && param.orgnr !== first) {
    const url = request.nextUrl.clone();
    url.pathname = `/${param.orgnr}${pathname.slice(first.length + 1)}`;
    return withHeaders(NextResponse.redirect(url, 308), requestId, pathname);
  }

  const nonce = createNonce();
  const headers = securityHeadersFor(pathname, nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set(CURRENT_PATH_HEADER_NAME, `${pathname}${withoutRscParam(search)}`);
  requestHeaders.set("x-nonce", nonce);
  const badCallbackCookie = pathname.startsWith("/api/auth/") ? unsafeCallbackCookie(request) : null;
  if (badCallbackCookie) requestHeaders.set("cookie", withoutCookie(request.headers.get("cookie") ?? "", badCallbackCookie));
  if (headers["Content-Security-Policy"]) requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  requestHeaders.delete(FORHAANDSFEIL_HEADER); // only this proxy sets it
  // A party's overview: its data first, so a failure answers 502/503/504 (lib/krav-visning/forhaand.ts).
  const forhaand = param?.kind === "valid" && pathname === `/${param.orgnr}` ? await forhaandshentOversikt(request, param.orgnr) : null;
  if (forhaand) requestHeaders.set(FORHAANDSFEIL_HEADER, JSON.stringify(forhaand.feil));

  let response: NextResponse;
  if (undecodableOrgnr || param?.kind === "invalid") {
    const url = request.nextUrl.clone();
    url.pathname = INVALID_ORGNR_PATH;
    url.search = undecodableOrgnr ? "" : `?orgnr=${encodeURIComponent(first)}`;
    response = NextResponse.rewrite(url, { status: 400, request: { headers: requestHeaders } });
  } else if (forhaand) {
    response = NextResponse.rewrite(request.nextUrl, { status: forhaand.status, request: { headers: requestHeaders } });
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set("x-request-id", requestId);
  if (badCallbackCookie) response.cookies.set(badCallbackCookie, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: badCallbackCookie.startsWith("__Secure-") });
  return response;
}

function withoutCookie(header: string, name: string): string {
  return header
    .split(";")
    .filter((part) => part.split("=")[0]!.trim() !== name)
    .join(";")
    .trim();
}

/** Next's own check of the header its client router sends; only a crafted request fails it. */
function hasBadRouterState(request: NextRequest): boolean {
  const value = request.headers.get("next-router-state-tree");
  if (value === null) return false;
  try {
    parseAndValidateFlightRouterState(value);
    return false;
  } catch {
    return true;
  }
}

/**
 * The name of a next-auth callback-url cookie whose value is not a URL of this app (its
 * NEXTAUTH_URL origin, or a bare path) that a login may return to, or null.
 */
function unsafeCallbackCookie(request: NextRequest): string | null {
  for (const name of ["next-auth.callback-url", "__Secure-next-auth.callback-url"]) {
    const value = request.cookies.get(name)?.value;
    if (value === undefined) continue;
    if (!isSafeCallbackUrl(value, appOrigin(request))) return name;
  }
  return null;
}

function appOrigin(request: NextRequest): string {
  try {
    return new URL(getServerEnv().NEXTAUTH_URL).origin;
  } catch {
    return request.nextUrl.origin;
  }
}


function securityHeadersFor(pathname: string, nonce: string): Record<string, string> {
  let origins: string[] = [];
  let prod = false;
  try {
    const env = getServerEnv();
    origins = idportenOrigins(env.IDPORTEN_WELL_KNOWN_URL);
    prod = env.APP_ENV === "prod";
  } catch {
    // Incomplete configuration: the readiness route reports it; headers stay strict.
  }
  const headers = securityHeaders({ nonce, prod, dev: process.env.NODE_ENV === "development", idportenOrigins: origins });
  if (pathname === FRONTCHANNEL_LOGOUT_PATH) {
    // The route sets its own CSP that lets ID-porten frame it.
    delete headers["Content-Security-Policy"];
    delete headers["X-Frame-Options"];
  }
  return headers;
}

function withHeaders(response: NextResponse, requestId: string, pathname: string): NextResponse {
  for (const [name, value] of Object.entries(securityHeadersFor(pathname, createNonce()))) response.headers.set(name, value);
  response.headers.set("x-request-id", requestId);
  return response;
}

/** Client navigations add ?_rsc=...; a login must return to the page, not to that. */
function withoutRscParam(search: string): string {
  if (!search.includes("_rsc")) return search;
  const params = new URLSearchParams(search);
  params.delete("_rsc");
  const rest = params.toString();
  return rest ? `?${rest}` : "";
}

/** Every request, static files and /favicon.ico included: they get the security headers too. */
export const config = {
  matcher: ["/(.*)"],
};
