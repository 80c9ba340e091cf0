import type { NextRequest } from "next/server";
import { getServerEnv } from "@/lib/env";
import { uiLocaleFrom } from "@/lib/auth/idporten-claims";
import { SPRAAK_COOKIE, erSpraak } from "@/lib/i18n/spraak";
import { startLogin } from "@/lib/auth/login";
import { LOGIN_ERROR_PATH, safeReturnTo } from "@/lib/auth/paths";
import { requestLogger } from "@/lib/log";

/**
 * GET /api/auth/logg-inn?tilbake=/313367002 sends the browser straight to ID-porten (no page to
 * click through) and, after login, back to `tilbake`. `ny=1` forces a new login (prompt=login),
 * e.g. after a too-low assurance level.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const error = params.get("error");
  if (error) return redirect(`${LOGIN_ERROR_PATH}?error=${encodeURIComponent(error)}`);
  const appOrigin = new URL(getServerEnv().NEXTAUTH_URL).origin;
  const returnTo = safeReturnTo(params.get("tilbake") ?? params.get("callbackUrl"), appOrigin);
  try {
    const { location, setCookies } = await startLogin({
      returnTo,
      // ID-porten speaks the language chosen here; without a choice, the browser's.
      uiLocale: uiLocaleFor(request),
      forceLogin: params.get("ny") === "1",
      headers: Object.fromEntries(request.headers),
    });
    return redirect(location, setCookies);
  } catch (err) {
    requestLogger(request.headers.get("x-request-id")).error({ err }, "could not start login");
    return redirect(`${LOGIN_ERROR_PATH}?error=OAuthSignin`);
  }
}

function uiLocaleFor(request: NextRequest): "nb" | "nn" | "en" | "se" {
  const chosen = request.cookies.get(SPRAAK_COOKIE)?.value;
  return erSpraak(chosen) ? chosen : uiLocaleFrom(request.headers.get("accept-language"));
}

function redirect(location: string, setCookies: string[] = []): Response {
  const headers = new Headers({ location, "cache-control": "no-store" });
  for (const cookie of setCookies) headers.append("set-cookie", cookie);
  return new Response(null, { status: 302, headers });
}
