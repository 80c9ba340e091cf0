import type { NextRequest } from "next/server";
import { hentSpraak } from "@/lib/i18n/server";
import { withRouteMetrics } from "@/lib/metrics";
import { hentBetalteKravSide } from "@/lib/krav-visning/server";
import { svarMedListe } from "@/lib/krav-visning/svar";

/** One page of the claims paid in full in a year: ?aar=2023&sorter=&retning=&side= */
export const GET = withRouteMetrics(`/api/part/[orgnr]/krav`, async (request: NextRequest, { params }: { params: Promise<{ orgnr: string }> }) => {
  return svarMedListe(request, params, "krav", async ({ orgnr, aar, tilstand }) => hentBetalteKravSide(orgnr, aar, tilstand, await hentSpraak()), { trengerAar: true });
});
