import { getServerEnv } from "@/lib/env";
import { isSameOriginPost } from "@/lib/auth/cookies";
import { safeReturnTo } from "@/lib/auth/paths";
import { oversetter } from "@/lib/i18n/oversetter";
import { hentSpraak } from "@/lib/i18n/server";
import { SPRAAK_COOKIE, SPRAAK_COOKIE_MAX_AGE, erSpraak } from "@/lib/i18n/spraak";

/**
 * POST /api/spraak (form: spraak=nb|nn|en, tilbake=/path): remembers the language in a cookie for
 * a year and sends the browser back to the page it came from, now in that language.
 */
export async function POST(request: Request) {
  const t = oversetter(await hentSpraak(), "felles");
  if (!isSameOriginPost(request)) return tekstsvar(403, t("feil.uventetTekst"));
  const form = await request.formData().catch(() => null);
  const spraak = form?.get("spraak");
  if (!erSpraak(spraak)) return tekstsvar(400, t("spraak.ugyldig"));
  const appUrl = getServerEnv().NEXTAUTH_URL;
  const tilbake = safeReturnTo(typeof form?.get("tilbake") === "string" ? (form.get("tilbake") as string) : "/", new URL(appUrl).origin);
  const secure = appUrl.startsWith("https://") ? "; Secure" : "";
  return new Response(null, {
    status: 303,
    headers: {
      location: tilbake,
      "cache-control": "no-store",
      "set-cookie": `${SPRAAK_COOKIE}=${spraak}; Path=/; Max-Age=${SPRAAK_COOKIE_MAX_AGE}; SameSite=Lax; HttpOnly${secure}`,
    },
  });
}

function tekstsvar(status: number, melding: string): Response {
  return new Response(melding, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
