import { cookies } from "next/headers";
import { getServerEnv } from "@/lib/env";
import { clearedAuthCookies, isSameOriginPost } from "@/lib/auth/cookies";
import { idportenDiscovery } from "@/lib/auth/idporten-discovery";
import { LOGGED_OUT_PATH } from "@/lib/auth/paths";
import { endSession, sessionCookieName, sessionIdFromCookie } from "@/lib/auth/session";
import { getSessionStore } from "@/lib/auth/session-store";
import { requestLogger } from "@/lib/log";

/**
 * POST /api/auth/logg-ut ("Logg ut"): ends our session, removes the cookies and sends the
 * browser to ID-porten's end_session_endpoint with id_token_hint and the registered
 * post_logout_redirect_uri, which lands on "Du er logget ut".
 */
export async function POST(request: Request) {
  if (!isSameOriginPost(request)) return new Response("Forbidden", { status: 403 });
  const log = requestLogger(request.headers.get("x-request-id"));
  const env = getServerEnv();
  const loggedOut = new URL(LOGGED_OUT_PATH, env.NEXTAUTH_URL).toString();
  let location = loggedOut;

  const id = await sessionIdFromCookie((await cookies()).get(sessionCookieName())?.value);
  const record = id ? await getSessionStore().get(id) : null;
  if (id) await endSession(id);
  if (record) {
    try {
      const { end_session_endpoint } = await idportenDiscovery();
      if (end_session_endpoint) {
        const url = new URL(end_session_endpoint);
        url.searchParams.set("id_token_hint", record.idToken);
        url.searchParams.set("post_logout_redirect_uri", loggedOut);
        location = url.toString();
      }
    } catch (err) {
      log.warn({ err }, "ID-porten discovery failed at logout; ending our session only");
    }
    log.info("logout");
  }

  const headers = new Headers({ location, "cache-control": "no-store", "clear-site-data": '"cache"' });
  for (const cookie of clearedAuthCookies()) headers.append("set-cookie", cookie);
  return new Response(null, { status: 303, headers });
}

/**
 * GET (a typed or bookmarked address): logging out stays a same-origin POST, so nobody can log
 * the person out with a link; the browser goes to the front page (with its «Logg ut») instead of
 * getting a bare 405.
 */
export function GET(): Response {
  return new Response(null, { status: 303, headers: { location: "/", "cache-control": "no-store" } });
}
