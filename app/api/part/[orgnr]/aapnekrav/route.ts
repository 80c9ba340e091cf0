import type { NextRequest } from "next/server";
import { hentSpraak } from "@/lib/i18n/server";
import { withRouteMetrics } from "@/lib/metrics";
import { hentUbetalteSide } from "@/lib/krav-visning/server";
import { svarMedListe } from "@/lib/krav-visning/svar";

/** One page of the party's open claims: ?sorter=&retning=&sok=&side= (see lib/krav-visning/tilstand.ts). */
export const GET = withRouteMetrics(`/api/part/[orgnr]/aapnekrav`, async (request: NextRequest, { params }: { params: Promise<{ orgnr: string }> }) => {
  return svarMedListe(request, params, "aapnekrav", async ({ orgnr, tilstand, iDag }) => hentUbetalteSide(orgnr, tilstand, iDag, await hentSpraak()), { trengerAar: false });
});
