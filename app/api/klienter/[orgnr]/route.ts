import type { NextRequest } from "next/server";
import { hentAapnekrav } from "@/lib/kravogbetalinger";
import { lagKlientSammendrag } from "@/lib/klientoversikt/sammendrag";
import { svarMedListe } from "@/lib/krav-visning/svar";
import { withRouteMetrics } from "@/lib/metrics";

/**
 * One client's row in the klientoversikt: a compact summary of its aapnekrav (KlientSammendrag),
 * not the aapnekrav itself. The guard (checkPartyAccess) runs first, for this orgnr, on every
 * request: 401/403/400 without an upstream call. Upstream failures answer `{ feil }` with the
 * korrelasjonsid (404 no data, 504 timeout, 503/502), as the party's own JSON routes do.
 * The API client caches the aapnekrav per party, so the page and the export share one upstream call.
 */
export const GET = withRouteMetrics("/api/klienter/[orgnr]", async (request: NextRequest, { params }: { params: Promise<{ orgnr: string }> }) => {
  return svarMedListe(request, params, "klientsammendrag", async ({ orgnr, iDag }) => lagKlientSammendrag(await hentAapnekrav(orgnr), iDag), {
    trengerAar: false,
    // The klientoversikt's fill: after any user's page request in the limiter's queue.
    prioritet: "bakgrunn",
  });
});
