import "server-only";
import { cookies, headers } from "next/headers";
import { uiLocaleFrom } from "@/lib/auth/idporten-claims";
import { getServerEnv } from "@/lib/env";
import { SPRAAK_COOKIE, SPRAAK_COOKIE_MAX_AGE, erSpraak, tilSpraak, type Spraak } from "./spraak";

/**
 * The language of this request: the one chosen in the header (cookie), else the browser's
 * (Accept-Language), else bokmål. Sámi, which ID-porten offers, falls back to bokmål.
 */
export async function hentSpraak(): Promise<Spraak> {
  const fraCookie = (await cookies()).get(SPRAAK_COOKIE)?.value;
  if (erSpraak(fraCookie)) return fraCookie;
  return spraakFraNettleser((await headers()).get("accept-language"));
}

export function spraakFraNettleser(acceptLanguage: string | null): Spraak {
  return tilSpraak(uiLocaleFrom(acceptLanguage));
}


/**
 * On first login (no language chosen here yet) the language the person used in ID-porten, the
 * id_token's `locale`, becomes ours. Runs inside next-auth's callback route, whose response
 * carries the cookie.
 */
export async function huskSpraakFraInnlogging(locale: unknown): Promise<void> {
  const jar = await cookies();
  if (erSpraak(jar.get(SPRAAK_COOKIE)?.value) || !erSpraak(locale)) return;
  jar.set(SPRAAK_COOKIE, locale, {
    path: "/",
    maxAge: SPRAAK_COOKIE_MAX_AGE,
    sameSite: "lax",
    httpOnly: true,
    secure: getServerEnv().NEXTAUTH_URL.startsWith("https://"),
  });
}
