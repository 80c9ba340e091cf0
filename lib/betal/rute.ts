import "server-only";
import { checkPartyAccess, type Access } from "@/lib/auth/guard";
import { iDag } from "@/lib/dato";
import { statusForFeil, tilFeilInfo } from "@/lib/krav-visning/feil";
import { hentAapnekrav } from "@/lib/kravogbetalinger";
import type { AapneKrav } from "@/lib/kravogbetalinger/model";
import { hentSpraak } from "@/lib/i18n/server";
import type { Spraak } from "@/lib/i18n/spraak";
import { requestLogger } from "@/lib/log";

const HEADERS = { "Cache-Control": "private, no-store" };

export function jsonFeil(status: number, kode: string, melding: string): Response {
  return Response.json({ status, kode, melding }, { status, headers: HEADERS });
}

/**
 * The download routes' common part: access first (401/403/400, no upstream call without it),
 * then `foer` (a route's own checks of the request, answered without an upstream call), then
 * the open claims (their texts in the request's language); an upstream failure becomes
 * `{ feil }` with its status, never a 500 page.
 */
export async function medAapneKrav(
  request: Request,
  orgnr: string,
  endepunkt: string,
  lag: (args: { access: Access; aapne: AapneKrav; iDag: string; spraak: Spraak }) => Promise<Response> | Response,
  foer?: (args: { access: Access; iDag: string; spraak: Spraak }) => Promise<Response | null> | Response | null,
): Promise<Response> {
  const tilgang = await checkPartyAccess(orgnr);
  if (!tilgang.ok) return tilgang.response;
  const log = requestLogger(request.headers.get("x-request-id"));
  const spraak = await hentSpraak();
  const avvist = foer ? await foer({ access: tilgang.access, iDag: iDag(), spraak }) : null;
  if (avvist) return avvist;
  let aapne: AapneKrav;
  try {
    aapne = await hentAapnekrav(tilgang.access.party.orgnr, { spraak });
  } catch (error) {
    const feil = tilFeilInfo(error);
    if (feil.type === "ukjent") log.error({ err: error, endepunkt, orgnr }, "uventet feil i nedlasting");
    else log.info({ endepunkt, orgnr, kode: feil.kode, type: feil.type, korrelasjonsid: feil.korrelasjonsid }, "nedlasting svarte med feil");
    return Response.json({ feil }, { status: feil.type === "input" ? 400 : statusForFeil(feil), headers: HEADERS });
  }
  return lag({ access: tilgang.access, aapne, iDag: iDag(), spraak });
}

/** A file download with a name the browser keeps. */
export function filsvar(body: BodyInit, type: string, filnavn: string): Response {
  return new Response(body, {
    headers: { ...HEADERS, "Content-Type": type, "Content-Disposition": `attachment; filename="${filnavn}"`, "X-Content-Type-Options": "nosniff" },
  });
}
