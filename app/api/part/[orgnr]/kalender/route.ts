import type { NextRequest } from "next/server";
import { lagIcs } from "@/lib/betal/ics";
import { filsvar, medAapneKrav } from "@/lib/betal/rute";
import { kommendeForfall } from "@/lib/betal/utvalg";
import { getServerEnv } from "@/lib/env";
import { countExport, withRouteMetrics } from "@/lib/metrics";

/**
 * The party's coming due dates as an iCalendar file (.ics) in the request's language, one
 * all-day event each with the amount, KID and a link to its payment page. 401 without a session, 403 without access.
 */
export const dynamic = "force-dynamic";

export const GET = withRouteMetrics("/api/part/[orgnr]/kalender", async (request: NextRequest, ctx: { params: Promise<{ orgnr: string }> }) => {
  const { orgnr } = await ctx.params;
  const started = performance.now();
  return medAapneKrav(request, orgnr, "kalender", ({ access, aapne, iDag, spraak }) => {
    const base = getServerEnv().NEXTAUTH_URL.replace(/\/$/, "");
    const ics = lagIcs({ navn: access.party.name, forfall: kommendeForfall(aapne, iDag), betalUrl: `${base}/${access.party.orgnr}/betal`, naa: new Date(), spraak });
    return countExport("kalender", filsvar(ics, "text/calendar; charset=utf-8", `forfall-${access.party.orgnr}.ics`), started);
  });
});
