import type { NextRequest } from "next/server";
import { checkPartyAccess } from "@/lib/auth/guard";
import { hentSpraak } from "@/lib/i18n/server";
import { haandterKontoutskrift } from "@/lib/kontoutskrift/handler";
import { hentAapnekrav, hentInnbetalinger, hentKrav, hentUtbetalinger } from "@/lib/kravogbetalinger";
import { requestLogger } from "@/lib/log";
import { countExport, withRouteMetrics } from "@/lib/metrics";

/**
 * The kontoutskrift (.xlsx) for one party and period, streamed as it is written.
 * GET ?fraOgMed=YYYY-MM-DD&tilOgMed=YYYY-MM-DD[&ark=krav,utbetalinger,transaksjoner,motregning]
 * 401 without a session, 403 without access, 400 for bad parameters (no upstream call in
 * those cases), 404/502/503/504 with the korrelasjonsid when the API fails. See lib/kontoutskrift/handler.ts.
 * In the request's language (the chosen one, else the browser's): messages, the workbook, the API's texts.
 */
export const dynamic = "force-dynamic";

export const GET = withRouteMetrics("/api/part/[orgnr]/kontoutskrift", async (request: NextRequest, ctx: { params: Promise<{ orgnr: string }> }) => {
  const { orgnr } = await ctx.params;
  const started = performance.now();
  const spraak = await hentSpraak();
  const response = await haandterKontoutskrift(request, orgnr, {
    spraak,
    sjekkTilgang: checkPartyAccess,
    hentAapnekrav: (o) => hentAapnekrav(o, { spraak }),
    hentKrav: (o, p) => hentKrav(o, p, { spraak }),
    hentInnbetalinger: (o, p) => hentInnbetalinger(o, p, { spraak }),
    hentUtbetalinger: (o, p) => hentUtbetalinger(o, p, { spraak }),
    logger: requestLogger(request.headers.get("x-request-id")),
  });
  return countExport("kontoutskrift", response, started);
});
