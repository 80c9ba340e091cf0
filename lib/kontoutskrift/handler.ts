import type { Logger } from "pino";
import type { Access } from "../auth/types";
import { iDag } from "../dato";
import { statusForFeil, tilFeilInfo, type FeilInfo } from "../krav-visning/feil";
import { oversetter, type Oversetter } from "../i18n/oversetter";
import type { Spraak } from "../i18n/spraak";
import { KravOgBetalingerError } from "../kravogbetalinger/errors";
import type { AapneKrav, InnbetalingerIPeriode, KravIPeriode, Periode, UtbetalingerIPeriode } from "../kravogbetalinger/model";
import type { KontoutskriftGrunnlag } from "./ark";
import { parseDatoInput, validerArk, validerPeriode, type PeriodeFeil } from "./periode";
import { kontoutskriftRespons } from "./respons";

/**
 * GET /api/part/{orgnr}/kontoutskrift?fraOgMed=YYYY-MM-DD&tilOgMed=YYYY-MM-DD[&ark=krav,utbetalinger,...]
 * A short script of early returns: session and access, validated parameters, fetch through the
 * API client (it splits long periods into one-year windows), build, stream. The steps it calls
 * are passed in, so the tests can count upstream calls; the route passes the real ones, and the
 * request's language: messages, the workbook and the API's texts come in it.
 */

export type KontoutskriftAvhengigheter = {
  spraak: Spraak;
  sjekkTilgang: (orgnr: string) => Promise<{ ok: true; access: Access } | { ok: false; response: Response }>;
  hentAapnekrav: (orgnr: string) => Promise<AapneKrav>;
  hentKrav: (orgnr: string, periode: Periode) => Promise<KravIPeriode>;
  hentInnbetalinger: (orgnr: string, periode: Periode) => Promise<InnbetalingerIPeriode>;
  hentUtbetalinger: (orgnr: string, periode: Periode) => Promise<UtbetalingerIPeriode>;
  logger: Logger;
  naa?: () => Date;
};

/** What the browser gets to know about a failure: the screens' FeilInfo, and a message. */
export type FeilSvar = { feil: FeilInfo; melding: string; felt?: PeriodeFeil[] };

const HEADERS = { "Cache-Control": "private, no-store" };

function feilSvar(status: number, body: FeilSvar): Response {
  return Response.json(body, { status, headers: HEADERS });
}

function ugyldig(melding: string, felt?: PeriodeFeil[]): Response {
  const feil: FeilInfo = { type: "input", status: null, kode: "UGYLDIG_PARAMETER", korrelasjonsid: null, kanProevesIgjen: false, ingenData: false };
  return feilSvar(400, { feil, melding, ...(felt ? { felt } : {}) });
}

/** The same statuses as the screens' routes (statusForFeil), with a message for the form. */
function upstreamFeil(error: KravOgBetalingerError, t: Oversetter<"kontoutskrift">): Response {
  const feil = tilFeilInfo(error);
  const status = statusForFeil(feil);
  const melding = t(feil.ingenData ? "feil.ingenData" : feil.type === "timeout" ? "feil.tidsavbrudd" : feil.kanProevesIgjen ? "feil.midlertidig" : "feil.vedvarende");
  return feilSvar(status, { feil, melding });
}

export async function haandterKontoutskrift(request: Request, orgnr: string, deps: KontoutskriftAvhengigheter): Promise<Response> {
  const tilgang = await deps.sjekkTilgang(orgnr);
  if (!tilgang.ok) return tilgang.response;
  const { person, party } = tilgang.access;
  const { spraak } = deps;
  const t = oversetter(spraak, "kontoutskrift");

  const naa = deps.naa?.() ?? new Date();
  const params = new URL(request.url).searchParams;
  // ISO dates; dd.mm.yyyy too, as the form sends them when JavaScript is off.
  const dato = (navn: string) => {
    const verdi = params.get(navn);
    return verdi === null ? null : (parseDatoInput(verdi) ?? verdi);
  };
  const periode = validerPeriode({ fraOgMed: dato("fraOgMed"), tilOgMed: dato("tilOgMed") }, iDag(naa), { t, spraak });
  if (!periode.ok) return ugyldig(periode.feil.map((f) => f.melding).join(" "), periode.feil);
  const ark = validerArk(params.getAll("ark"), t);
  if (!ark.ok) return ugyldig(ark.melding);

  const trenger = (navn: (typeof ark.ark)[number]) => ark.ark.includes(navn);
  const p = periode.periode;
  const log = deps.logger.child({ orgnr: party.orgnr, fraOgMed: p.fraOgMed, tilOgMed: p.tilOgMed, ark: ark.ark.join(",") });
  const startet = performance.now();
  let data: [AapneKrav, KravIPeriode | null, InnbetalingerIPeriode | null, UtbetalingerIPeriode | null];
  try {
    data = await Promise.all([
      deps.hentAapnekrav(party.orgnr),
      trenger("krav") || trenger("motregning") ? deps.hentKrav(party.orgnr, p) : null,
      trenger("krav") || trenger("transaksjoner") ? deps.hentInnbetalinger(party.orgnr, p) : null,
      trenger("utbetalinger") ? deps.hentUtbetalinger(party.orgnr, p) : null,
    ]);
  } catch (error) {
    if (!(error instanceof KravOgBetalingerError)) throw error;
    log.info({ kode: error.kode, type: error.type, korrelasjonsid: error.korrelasjonsid }, "kontoutskrift: henting feilet");
    return upstreamFeil(error, t);
  }
  const [aapne, krav, innbetalinger, utbetalinger] = data;
  const hentetMs = Math.round(performance.now() - startet);

  const grunnlag: KontoutskriftGrunnlag = {
    spraak,
    part: { orgnr: party.orgnr, navn: party.name },
    periode: p,
    laget: { tidspunkt: naa, av: person.name ?? t("fil.gjelder.lagetAvUkjent") },
    totalOversikt: aapne.totalOversikt,
    skjermet: [aapne, krav, innbetalinger, utbetalinger].some((d) => d?.skjermet === true),
    krav: krav?.krav ?? [],
    innbetalinger: innbetalinger?.innbetalinger ?? [],
    utbetalinger: utbetalinger?.utbetalinger ?? [],
    ark: ark.ark,
  };
  return kontoutskriftRespons(grunnlag, {
    paaSlutt: (utfall) => {
      const ms = Math.round(performance.now() - startet);
      if (utfall.status === "feil") log.error({ err: utfall.feil, hentetMs: hentetMs, ms }, "kontoutskrift: skrivingen feilet");
      else log.info({ utfall: utfall.status, hentetMs, ms }, "kontoutskrift laget");
    },
  });
}
