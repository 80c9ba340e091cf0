import type { NextRequest } from "next/server";
import { lagBetalingsPdf } from "@/lib/betal/pdf";
import { filsvar, jsonFeil, medAapneKrav } from "@/lib/betal/rute";
import { lagBetaling, lesUtvalg } from "@/lib/betal/utvalg";
import { countExport, withRouteMetrics } from "@/lib/metrics";
import { oversetter } from "@/lib/i18n/oversetter";

/**
 * The payment page as a PDF, in the request's language: ?krav=<id>[&forfall=<id>] or
 * ?utvalg=forfalte|fremtidige (default: everything overdue). 401 without a session, 403 without access, 400 for a bad selection,
 * 404 when there is nothing to pay, the API's failure status otherwise.
 */
export const dynamic = "force-dynamic";

export const GET = withRouteMetrics("/api/part/[orgnr]/betal", async (request: NextRequest, ctx: { params: Promise<{ orgnr: string }> }) => {
  const { orgnr } = await ctx.params;
  const started = performance.now();
  return medAapneKrav(request, orgnr, "betal-pdf", async ({ access, aapne, iDag, spraak }) => {
    const t = oversetter(spraak, "betal");
    const utvalg = lesUtvalg(request.nextUrl.searchParams);
    if (!utvalg) return jsonFeil(400, "UGYLDIG_UTVALG", t("api.ugyldig"));
    const betaling = lagBetaling(aapne, utvalg, iDag);
    if (betaling.linjer.length === 0) return jsonFeil(404, "INGENTING_AA_BETALE", t("api.ingenting"));
    const pdf = await lagBetalingsPdf({ navn: access.party.name, orgnr: access.party.orgnr, iDag, betaling, spraak });
    return countExport("betal-pdf", filsvar(Buffer.from(pdf), "application/pdf", `betaling-${access.party.orgnr}-${iDag}.pdf`), started);
  });
});
