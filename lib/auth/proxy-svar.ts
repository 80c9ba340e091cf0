import { oversetter } from "@/lib/i18n/oversetter";
import { SPRAAK_COOKIE, erSpraak, tilSpraak, type Spraak } from "@/lib/i18n/spraak";
import { uiLocaleFrom } from "./idporten-claims";

/** What proxy.ts has of a request (it cannot use next/headers). */
type Forespoersel = { cookies: { get(name: string): { value: string } | undefined }; headers: Headers };

/**
 * The request's language as lib/i18n/server.ts's hentSpraak() decides it (chosen in the header,
 * else the browser's, else bokmål), read from the request itself.
 */
export function spraakForForespoersel(request: Forespoersel): Spraak {
  const valgt = request.cookies.get(SPRAAK_COOKIE)?.value;
  return erSpraak(valgt) ? valgt : tilSpraak(uiLocaleFrom(request.headers.get("accept-language")));
}

/** The JSON 400 for an API path Next cannot decode, in the request's language. */
export function ugyldigAdresseSvar(request: Forespoersel) {
  return { status: 400, kode: "UGYLDIG_ADRESSE", melding: oversetter(spraakForForespoersel(request), "feilsvar")("ugyldigAdresse") } as const;
}
