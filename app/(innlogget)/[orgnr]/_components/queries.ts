import { hentFeilFraSvar } from "@/lib/krav-visning/feil";
import type { Spraak } from "@/lib/i18n/spraak";
import type { OversiktTilstand } from "@/lib/krav-visning/tilstand";
import type { BetalteKravSide, InnbetalingerSide, TilgodeSide, UbetalteSide, UtbetalingerSide } from "@/lib/krav-visning/visninger";

/**
 * Query keys and fetchers for the overview's lists. The server page fills the same keys
 * (prefetch + HydrationBoundary); in the browser the lists read the app's own JSON routes.
 * Keys hold the list's URL state, so changing year, view, sort or page fetches only that, and the
 * language: the JSON carries the API's texts in the language of the request (the spraak cookie).
 */

export type Liste = "ubetalte" | "krav" | "innbetalinger" | "utbetalinger" | "tilgode";

export type ListeData = {
  ubetalte: UbetalteSide;
  krav: BetalteKravSide;
  innbetalinger: InnbetalingerSide;
  utbetalinger: UtbetalingerSide;
  tilgode: TilgodeSide;
};

const ENDEPUNKT: Record<Liste, string> = {
  ubetalte: "aapnekrav",
  krav: "krav",
  innbetalinger: "innbetalinger",
  utbetalinger: "utbetalinger",
  tilgode: "utbetalinger",
};

function parametre(liste: Liste, t: OversiktTilstand): Record<string, string> {
  const p: Record<string, string> = {};
  if (liste !== "ubetalte" && t.aar !== null) p.aar = String(t.aar);
  if (liste === "tilgode") p.visning = "tilgode";
  if (t.sorter) p.sorter = t.sorter;
  if (t.retning === "synkende") p.retning = "synkende";
  if (liste === "ubetalte" && t.sok.trim()) p.sok = t.sok.trim();
  if (t.side > 1) p.side = String(t.side);
  return p;
}

export function listeNoekkel(orgnr: string, liste: Liste, t: OversiktTilstand, spraak: Spraak) {
  return ["kravogbetalinger", orgnr, liste, parametre(liste, t), spraak] as const;
}

export function listeUrl(orgnr: string, liste: Liste, t: OversiktTilstand): string {
  const qs = new URLSearchParams(parametre(liste, t)).toString();
  return `/api/part/${encodeURIComponent(orgnr)}/${ENDEPUNKT[liste]}${qs ? `?${qs}` : ""}`;
}

export async function hentListe<L extends Liste>(orgnr: string, liste: L, t: OversiktTilstand, signal?: AbortSignal): Promise<ListeData[L]> {
  const res = await fetch(listeUrl(orgnr, liste, t), { headers: { Accept: "application/json" }, signal, credentials: "same-origin" });
  if (!res.ok) throw await hentFeilFraSvar(res);
  return (await res.json()) as ListeData[L];
}
