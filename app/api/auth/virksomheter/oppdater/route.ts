import { isSameOriginPost } from "@/lib/auth/cookies";
import { loginPath, PARTY_PICKER_PATH } from "@/lib/auth/paths";
import { expiredLoginPath } from "@/lib/auth/login-page";
import { SessionExpiredError, endSession, partiesFor, readSession } from "@/lib/auth/session";
import { requestLogger } from "@/lib/log";

/** POST: asks Altinn again for the person's parties (after a new delegation) and returns to the picker. */
export async function POST(request: Request) {
  if (!isSameOriginPost(request)) return new Response("Forbidden", { status: 403 });
  const session = await readSession();
  if (session.status === "expired" && session.reason !== "ended") return seeOther(expiredLoginPath(PARTY_PICKER_PATH));
  if (session.status !== "active") return seeOther(loginPath(PARTY_PICKER_PATH));
  try {
    await partiesFor(session.record, { refresh: true });
  } catch (err) {
    if (err instanceof SessionExpiredError) {
      await endSession(session.record.id);
      return seeOther(expiredLoginPath(PARTY_PICKER_PATH));
    }
    requestLogger(request.headers.get("x-request-id")).warn({ err }, "party list refresh failed");
  }
  return seeOther(PARTY_PICKER_PATH);
}

/** GET (a typed address, or a reload): nothing is refreshed; the browser goes to the picker instead of a bare 405. */
export function GET(): Response {
  return seeOther(PARTY_PICKER_PATH);
}

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}
