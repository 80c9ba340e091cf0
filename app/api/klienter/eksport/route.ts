import type { NextRequest } from "next/server";
import { AccessCheckUnavailableError, checkPartyAccess, optionalSession } from "@/lib/auth/guard";
import { loginPath } from "@/lib/auth/paths";
import { oversetter } from "@/lib/i18n/oversetter";
import { hentSpraak } from "@/lib/i18n/server";
import type { Spraak } from "@/lib/i18n/spraak";
import { haandterKlientEksport } from "@/lib/klientoversikt/eksport";
import { haandterKlientEksportFraSiden } from "@/lib/klientoversikt/fra-siden";
import { hentAapnekrav, somBrukerforespoersel } from "@/lib/kravogbetalinger";
import { requestLogger } from "@/lib/log";
import { countExport, withRouteMetrics } from "@/lib/metrics";

/**
 * The klientoversikt as .xlsx (klientoversikt-<date>.xlsx), with the page's filter and sort
 * (?sorter=&retning=&bareForfalte=1&innen14=1&sok=). 401 without a session; each client's row
 * passes the same guard as its own routes. See lib/klientoversikt/eksport.ts. The file and the
 * refusals are in the request's language.
 */
export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

async function sesjon(spraak: Spraak, person: { pid: string | null }) {
  const t = oversetter(spraak, "innlogging");
  try {
    const s = await optionalSession();
    person.pid = s?.person.pid ?? null;
    if (s) return { ok: true as const, parties: s.parties };
    const body = { status: 401, kode: "IKKE_INNLOGGET", melding: t("api.ikkeInnlogget"), loggInn: loginPath("/klienter") };
    return { ok: false as const, response: Response.json(body, { status: 401, headers: NO_STORE }) };
  } catch (error) {
    if (!(error instanceof AccessCheckUnavailableError)) throw error;
    const body = { status: 503, kode: "TILGANGSKONTROLL_UTILGJENGELIG", melding: t("api.tilgangskontrollNede") };
    return { ok: false as const, response: Response.json(body, { status: 503, headers: NO_STORE }) };
  }
}

export const GET = withRouteMetrics("/api/klienter/eksport", async (request: NextRequest) => {
  const started = performance.now();
  const spraak = await hentSpraak();
  const person = { pid: null as string | null };
  const response = await haandterKlientEksport(request, {
    spraak,
    sesjon: () => sesjon(spraak, person),
    sjekkTilgang: checkPartyAccess,
    // Each client's call has its own budget, behind page requests in the limiter's queue.
    hentAapnekrav: (o) => somBrukerforespoersel("bakgrunn", person.pid, () => hentAapnekrav(o, { spraak })),
    logger: requestLogger(request.headers.get("x-request-id")),
  });
  return countExport("klientoversikt", response, started);
});

/** The page's export button: the file from the rows the page has, at once (lib/klientoversikt/fra-siden.ts). */
export const POST = withRouteMetrics("/api/klienter/eksport", async (request: NextRequest) => {
  const started = performance.now();
  const spraak = await hentSpraak();
  const response = await haandterKlientEksportFraSiden(request, {
    spraak,
    sesjon: () => sesjon(spraak, { pid: null }),
    ugyldig: () => Response.json({ kode: "UGYLDIG_PARAMETER", melding: oversetter(spraak, "feilsvar")("ugyldigForespoersel") }, { status: 400, headers: NO_STORE }),
  });
  return countExport("klientoversikt", response, started);
});
