import "server-only";
import { hentAapnekrav, hentInnbetalinger, hentKrav, hentUtbetalinger } from "@/lib/kravogbetalinger";
import type { Periode } from "@/lib/kravogbetalinger/model";
import type { Spraak } from "@/lib/i18n/spraak";
import type { OversiktTilstand } from "./tilstand";
import {
  lagBetalteKravSide,
  lagInnbetalingerSide,
  lagTilgodeSide,
  lagUbetalteSide,
  lagUtbetalingerSide,
  type BetalteKravSide,
  type InnbetalingerSide,
  type TilgodeSide,
  type UbetalteSide,
  type UtbetalingerSide,
} from "./visninger";

/**
 * Fetch through the API client and shape one page of a list: shared by the page's prefetch and the JSON routes.
 * `spraak` picks the API texts (kravbeskrivelse, periode) in that language, bokmål when the API has none.
 */

export function aarsperiode(aar: number): Periode {
  return { fraOgMed: `${aar}-01-01`, tilOgMed: `${aar}-12-31` };
}

export async function hentUbetalteSide(orgnr: string, t: OversiktTilstand, iDag: string, spraak: Spraak): Promise<UbetalteSide> {
  return lagUbetalteSide(await hentAapnekrav(orgnr, { spraak }), t, iDag);
}

export async function hentBetalteKravSide(orgnr: string, aar: number, t: OversiktTilstand, spraak: Spraak): Promise<BetalteKravSide> {
  return lagBetalteKravSide(await hentKrav(orgnr, aarsperiode(aar), { spraak }), t, aar);
}

export async function hentInnbetalingerSide(orgnr: string, aar: number, t: OversiktTilstand, spraak: Spraak): Promise<InnbetalingerSide> {
  return lagInnbetalingerSide(await hentInnbetalinger(orgnr, aarsperiode(aar), { spraak }), t, aar);
}

export async function hentUtbetalingerSide(orgnr: string, aar: number, t: OversiktTilstand, spraak: Spraak): Promise<UtbetalingerSide> {
  return lagUtbetalingerSide(await hentUtbetalinger(orgnr, aarsperiode(aar), { spraak }), t, aar);
}

/** Tilgodebeløp need the year's claims too: the motregning is recorded on the claims it covered. */
export async function hentTilgodeSide(orgnr: string, aar: number, t: OversiktTilstand, spraak: Spraak): Promise<TilgodeSide> {
  // A credit mostly covers claims that fell due before it: the two years before and the open
  // claims are where to find them. Only a lookup: if it fails, the credits are still right.
  const tidligere = { fraOgMed: `${aar - 2}-01-01`, tilOgMed: `${aar - 1}-12-31` };
  const [utbetalinger, krav, ...oppslag] = await Promise.all([
    hentUtbetalinger(orgnr, aarsperiode(aar), { spraak }),
    hentKrav(orgnr, aarsperiode(aar), { spraak }),
    hentKrav(orgnr, tidligere, { spraak }).then((k) => k.krav, () => []),
    hentAapnekrav(orgnr, { spraak }).then((a) => a.krav, () => []),
  ]);
  return lagTilgodeSide(utbetalinger, krav, t, aar, oppslag.flat());
}
