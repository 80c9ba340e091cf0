import "server-only";
import type { NextRequest } from "next/server";
import { checkPartyAccess } from "@/lib/auth/guard";
import { iDag } from "@/lib/dato";
import { requestLogger } from "@/lib/log";
import { somBrukerforespoersel, type Prioritet } from "@/lib/kravogbetalinger";
import { oversetter } from "@/lib/i18n/oversetter";
import { hentSpraak } from "@/lib/i18n/server";
import { statusForFeil, tilFeilInfo, type FeilInfo } from "./feil";
import { aarValg, lesTilstand, type OversiktTilstand } from "./tilstand";

/**
 * The overview's JSON routes in one place: access first (no upstream call without it), then
 * the URL state, then one page of data. Failures become `{ feil }` with the korrelasjonsid and
 * a status that says what kind of failure it was; never a 500 with a stack. Bad input is a 400
 * with kode UGYLDIG_PARAMETER and a `melding` in the request's language beside `feil`.
 */

const HEADERS = { "Cache-Control": "private, no-store" };

type Lag = (args: { orgnr: string; tilstand: OversiktTilstand; iDag: string; aar: number }) => Promise<unknown>;

export async function svarMedListe(
  request: NextRequest,
  params: Promise<{ orgnr: string }>,
  endepunkt: string,
  lag: Lag,
  opts: { trengerAar: boolean; prioritet?: Prioritet },
): Promise<Response> {
  const tilgang = await checkPartyAccess((await params).orgnr);
  if (!tilgang.ok) return tilgang.response;
  // The canonical number ("313 367 002" in the URL passes the guard, but the API wants digits).
  const orgnr = tilgang.access.party.orgnr;

  const idag = iDag();
  const t = oversetter(await hentSpraak(), "feilsvar");
  const tilstand = lesTilstand(request.nextUrl.searchParams, idag);
  if (opts.trengerAar && (tilstand.aar === null || !request.nextUrl.searchParams.has("aar"))) {
    const valg = aarValg(idag);
    return ugyldig(t("ugyldigAar", { fra: valg[valg.length - 1]!, til: valg[0]! }));
  }
  const log = requestLogger(request.headers.get("x-request-id"));
  try {
    const data = await somBrukerforespoersel(opts.prioritet ?? "side", tilgang.access.person.pid, () =>
      lag({ orgnr, tilstand, iDag: idag, aar: tilstand.aar ?? Number(idag.slice(0, 4)) }),
    );
    return Response.json(data, { headers: HEADERS });
  } catch (error) {
    const feil = tilFeilInfo(error);
    if (feil.type === "input") return ugyldig(t("ugyldigForespoersel"));
    const status = statusForFeil(feil);
    if (feil.type === "ukjent") log.error({ err: error, endepunkt, orgnr }, "uventet feil i oversiktsrute");
    else log.info({ endepunkt, orgnr, kode: feil.kode, type: feil.type, korrelasjonsid: feil.korrelasjonsid }, "oversiktsrute svarte med feil");
    return Response.json({ feil }, { status, headers: HEADERS });
  }
}

function ugyldig(melding: string): Response {
  const feil: FeilInfo = { type: "input", status: null, kode: "UGYLDIG_PARAMETER", korrelasjonsid: null, kanProevesIgjen: false, ingenData: false };
  return Response.json({ feil, melding }, { status: 400, headers: HEADERS });
}
