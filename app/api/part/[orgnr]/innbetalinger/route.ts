import type { NextRequest } from "next/server";
import { hentSpraak } from "@/lib/i18n/server";
import { withRouteMetrics } from "@/lib/metrics";
import { hentInnbetalingerSide } from "@/lib/krav-visning/server";
import { svarMedListe } from "@/lib/krav-visning/svar";

/** One page of a year's payments with where each was used: ?aar=2023&sorter=&retning=&side= */
export const GET = withRouteMetrics(`/api/part/[orgnr]/innbetalinger`, async (request: NextRequest, { params }: { params: Promise<{ orgnr: string }> }) => {
  return svarMedListe(request, params, "innbetalinger", async ({ orgnr, aar, tilstand }) => hentInnbetalingerSide(orgnr, aar, tilstand, await hentSpraak()), { trengerAar: true });
});
