import "server-only";
import type { NextRequest } from "next/server";
import { checkPartyAccess } from "@/lib/auth/guard";
import { iDag } from "@/lib/dato";
import { requestLogger } from "@/lib/log";
import { statusForFeil, tilFeilInfo } from "./feil";
import { lesTilstand, type OversiktTilstand } from "./tilstand";

/**
 * The overview's JSON routes in one place: access first (no upstream call without it), then
 * the URL state, then one page of data. Failures become `{ feil }` with the korrelasjonsid and
 * a status that says what kind of failure it was; never a 500 with a stack.
 */

const HEADERS = { "Cache-Control": "private, no-store" };

type Lag = (args: { orgnr: string; tilstand: OversiktTilstand; iDag: string; aar: number }) => Promise<unknown>;

export async function svarMedListe(
  request: NextRequest,
  params: Promise<{ orgnr: string }>,
  endepunkt: string,
  lag: Lag,
  opts: { trengerAar: boolean },
): Promise<Response> {
  const { orgnr } = await params;
  const tilgang = await checkPartyAccess(orgnr);
  if (!tilgang.ok) return tilgang.response;

  const idag = iDag();
  const tilstand = lesTilstand(request.nextUrl.searchParams, idag);
  if (opts.trengerAar && (tilstand.aar === null || !request.nextUrl.searchParams.has("aar"))) {
    const feil = { type: "input", status: null, kode: null, korrelasjonsid: null, kanProevesIgjen: false, ingenData: false };
    return Response.json({ feil }, { status: 400, headers: HEADERS });
  }
  const log = requestLogger(request.headers.get("x-request-id"));
  try {
    const data = await lag({ orgnr, tilstand, iDag: idag, aar: tilstand.aar ?? Number(idag.slice(0, 4)) });
    return Response.json(data, { headers: HEADERS });
  } catch (error) {
    const feil = tilFeilInfo(error);
    const status = feil.type === "input" ? 400 : statusForFeil(feil);
    if (feil.type === "ukjent") log.error({ err: error, endepunkt, orgnr }, "uventet feil i oversiktsrute");
    else log.info({ endepunkt, orgnr, kode: feil.kode, type: feil.type, korrelasjonsid: feil.korrelasjonsid }, "oversiktsrute svarte med feil");
    return Response.json({ feil }, { status, headers: HEADERS });
  }
}
