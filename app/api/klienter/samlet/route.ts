import type { NextRequest } from "next/server";
import { AccessCheckUnavailableError, optionalSession, partyAccessChecker } from "@/lib/auth/guard";
import { loginPath } from "@/lib/auth/paths";
import { iDag } from "@/lib/dato";
import { oversetter } from "@/lib/i18n/oversetter";
import { hentSpraak } from "@/lib/i18n/server";
import { lesOrgnrListe, MAKS_KLIENTER_PER_SAMLET, ndjsonStrom, samletSammendrag } from "@/lib/klientoversikt/samlet";
import { hentAapnekrav, somBrukerforespoersel } from "@/lib/kravogbetalinger";
import { withRouteMetrics } from "@/lib/metrics";

/**
 * The klientoversikt's fill: many clients' rows in one streamed answer (NDJSON, a line per
 * client as it is ready; see lib/klientoversikt/samlet.ts). 401 without a session, 400 for no
 * or too many orgnr; each client then passes the guard (partyAccessChecker: the session read once), and its API call waits behind
 * every page request in the limiter's queue. One client's "Prøv igjen" uses /api/klienter/[orgnr].
 */
export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "private, no-store" };

export const GET = withRouteMetrics("/api/klienter/samlet", async (request: NextRequest) => {
  const spraak = await hentSpraak();
  const orgnre = lesOrgnrListe(request.nextUrl.searchParams);
  if (orgnre.length === 0 || orgnre.length > MAKS_KLIENTER_PER_SAMLET) {
    const feil = { type: "input", status: null, kode: "UGYLDIG_PARAMETER", korrelasjonsid: null, kanProevesIgjen: false, ingenData: false };
    return Response.json({ feil, melding: oversetter(spraak, "feilsvar")("ugyldigForespoersel") }, { status: 400, headers: NO_STORE });
  }
  const t = oversetter(spraak, "innlogging");
  let pid: string;
  let sjekk: Awaited<ReturnType<typeof partyAccessChecker>>;
  try {
    const sesjon = await optionalSession();
    if (!sesjon) {
      return Response.json({ status: 401, kode: "IKKE_INNLOGGET", melding: t("api.ikkeInnlogget"), loggInn: loginPath("/klienter") }, { status: 401, headers: NO_STORE });
    }
    pid = sesjon.person.pid;
    sjekk = await partyAccessChecker();
  } catch (error) {
    if (!(error instanceof AccessCheckUnavailableError)) throw error;
    return Response.json({ status: 503, kode: "TILGANGSKONTROLL_UTILGJENGELIG", melding: t("api.tilgangskontrollNede") }, { status: 503, headers: NO_STORE });
  }
  const linjer = samletSammendrag(orgnre, {
    sjekkTilgang: async (orgnr) => {
      const tilgang = await sjekk(orgnr);
      return tilgang.ok ? { ok: true, orgnr: tilgang.access.party.orgnr } : { ok: false, status: tilgang.response.status };
    },
    hentAapnekrav: (orgnr) => somBrukerforespoersel("bakgrunn", pid, () => hentAapnekrav(orgnr)),
    iDag: iDag(),
  });
  return new Response(ndjsonStrom(linjer), { headers: { ...NO_STORE, "content-type": "application/x-ndjson; charset=utf-8" } });
});
