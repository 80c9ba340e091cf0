import type { NextRequest } from "next/server";
import { hentSpraak } from "@/lib/i18n/server";
import { withRouteMetrics } from "@/lib/metrics";
import { hentTilgodeSide, hentUtbetalingerSide } from "@/lib/krav-visning/server";
import { svarMedListe } from "@/lib/krav-visning/svar";

/** One page of a year's payouts (?visning=utbetalinger) or of the credits behind them (?visning=tilgode): ?aar=2023&sorter=&retning=&side= */
export const GET = withRouteMetrics(`/api/part/[orgnr]/utbetalinger`, async (request: NextRequest, { params }: { params: Promise<{ orgnr: string }> }) => {
  return svarMedListe(
    request,
    params,
    "utbetalinger",
    async ({ orgnr, aar, tilstand }) => {
      const spraak = await hentSpraak();
      return tilstand.utbetalingerVisning === "tilgode" ? hentTilgodeSide(orgnr, aar, tilstand, spraak) : hentUtbetalingerSide(orgnr, aar, tilstand, spraak);
    },
    { trengerAar: true },
  );
});
