import type { NextRequest } from "next/server";
import { checkPartyAccess } from "@/lib/auth/guard";
import { haandterKontoutskrift } from "@/lib/kontoutskrift/handler";
import { hentAapnekrav, hentInnbetalinger, hentKrav, hentUtbetalinger } from "@/lib/kravogbetalinger";
import { requestLogger } from "@/lib/log";
import { countExport, withRouteMetrics } from "@/lib/metrics";

/**
 * The kontoutskrift (.xlsx) for one party and period, streamed as it is written.
 * GET ?fraOgMed=YYYY-MM-DD&tilOgMed=YYYY-MM-DD[&ark=krav,utbetalinger,transaksjoner,motregning]
 * 401 without a session, 403 without access, 400 for bad parameters (no upstream call in
 * those cases), 404/502/503/504 with the korrelasjonsid when the API fails. See lib/kontoutskrift/handler.ts.
 */
export const dynamic = "force-dynamic";

export const GET = withRouteMetrics("/api/part/[orgnr]/kontoutskrift", async (request: NextRequest, ctx: { params: Promise<{ orgnr: string }> }) => {
  const { orgnr } = await ctx.params;
  const started = performance.now();
  const response = await haandterKontoutskrift(request, orgnr, {
    sjekkTilgang: checkPartyAccess,
    hentAapnekrav: (o) => hentAapnekrav(o),
    hentKrav: (o, p) => hentKrav(o, p),
    hentInnbetalinger: (o, p) => hentInnbetalinger(o, p),
    hentUtbetalinger: (o, p) => hentUtbetalinger(o, p),
    logger: requestLogger(request.headers.get("x-request-id")),
  });
  return countExport("kontoutskrift", response, started);
});
