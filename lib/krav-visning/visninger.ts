import type { AapneKrav, Innbetaling, Krav, KravgruppeOversikt, KravIPeriode, InnbetalingerIPeriode, Utbetaling, UtbetalingerIPeriode } from "@/lib/kravogbetalinger/model";
import { betalteKrav, dekningerForKrav, sorterBetalte, BETALT_KOLONNER, BETALT_STANDARD, type BetaltKolonne, type BetaltKrav, type Dekning } from "./betalte";
import { sorterInnbetalinger, sumBeloep, INNBETALING_KOLONNER, INNBETALING_STANDARD, type InnbetalingKolonne } from "./innbetalinger";
import type { Sortering } from "./sortering";
import { uplassertGrunn, type UplassertGrunn } from "./uplassert";
import { gjeldendeSortering, type OversiktTilstand } from "./tilstand";
import { filtrerUbetalte, oppsummerUbetalte, sorterUbetalte, tilUbetaltKrav, UBETALT_KOLONNER, UBETALT_STANDARD, type Oppsummering, type UbetaltKolonne, type UbetaltKrav } from "./ubetalte";
import {
  sorterTilgode,
  sorterUtbetalinger,
  tilgodebeloep,
  TILGODE_KOLONNER,
  TILGODE_STANDARD,
  UTBETALING_KOLONNER,
  UTBETALING_STANDARD,
  type TilgodeKolonne,
  type Tilgodebeloep,
  type UtbetalingKolonne,
} from "./utbetalinger";

/**
 * What each list on the overview gets: one page of sorted (and, for open claims, filtered)
 * rows, built on the server from the API's data, so a party with thousands of claims sends
 * the browser 25 rows, not thousands. Pure: the JSON routes and the page prefetch call these.
 */

export const SIDESTOERRELSE = 25;

export type Side<T> = { rader: T[]; treff: number; side: number; antallSider: number };

export function paginer<T>(rader: readonly T[], side: number, stoerrelse = SIDESTOERRELSE): Side<T> {
  const antallSider = Math.max(1, Math.ceil(rader.length / stoerrelse));
  const gjeldende = Math.min(Math.max(1, Math.floor(side)), antallSider);
  return { rader: rader.slice((gjeldende - 1) * stoerrelse, gjeldende * stoerrelse), treff: rader.length, side: gjeldende, antallSider };
}

/** The overview's head: the cards, the totals per kravgruppe and the unplaced payments. */
export type Hovedtall = {
  skjermet: boolean;
  /** False for a fully screened answer without sums: the cards are not shown, "no details" is. */
  harSummer: boolean;
  /** Claims in the answer that could not be read (left out). */
  forkastet: number;
  forfalte: Oppsummering;
  fremtidige: Oppsummering;
  /** Claims whose collection is postponed (utsattIverksettelse): not in forfalte. */
  utsatte: Oppsummering;
  sumRenter: number;
  saldo: number;
  perKravgruppe: KravgruppeOversikt[];
  /** `grunner[i]`: why `innbetalinger[i]` may not be used yet (uplassert.ts). */
  uplassert: { sum: number; innbetalinger: Innbetaling[]; grunner: UplassertGrunn[] };
  antallUbetalte: number;
};

/**
 * Sums as the API states them (they stay right for a screened party); counts from the claims.
 * Postponed claims (utsattIverksettelse) are taken out of the overdue sum and shown on a line of
 * their own.
 */
export function lagOppsummering(aapne: AapneKrav, iDag: string): Hovedtall {
  const t = aapne.totalOversikt;
  const antall = oppsummerUbetalte(aapne.krav.map((k) => tilUbetaltKrav(k, iDag)));
  const utsattForfalt = aapne.krav
    .flatMap((k) => k.forfall)
    .filter((f) => f.utsattIverksettelse && f.gjenstaaendeBeloep > 0 && f.forfallsdato < iDag)
    .reduce((s, f) => s + Math.round(f.gjenstaaendeBeloep * 100), 0);
  return {
    skjermet: aapne.skjermet,
    harSummer: aapne.harSummer,
    forkastet: aapne.forkastet,
    utsatte: { antall: antall.utsatte.antall, sum: Math.round(antall.utsatte.sum * 100) / 100 },
    forfalte: { antall: antall.forfalte.antall, sum: Math.max(0, Math.round(t.sumForfalteKrav * 100) - utsattForfalt) / 100 },
    fremtidige: { antall: antall.fremtidige.antall, sum: t.sumIkkeForfalteKrav },
    sumRenter: t.sumStipulerteRenter,
    saldo: t.saldo,
    perKravgruppe: aapne.oversiktPerKravgruppe,
    uplassert: uplasserte(aapne, iDag),
    antallUbetalte: aapne.krav.length,
  };
}

function uplasserte(aapne: AapneKrav, iDag: string): Hovedtall["uplassert"] {
  const innbetalinger = aapne.uplasserteInnbetalinger.filter((i) => i.uplassertBeloep > 0);
  return { sum: aapne.totalOversikt.sumUplasserteInnbetalinger, innbetalinger, grunner: innbetalinger.map((i) => uplassertGrunn(i, aapne.krav, iDag)) };
}

export type UbetaltKravRad = Omit<UbetaltKrav, "soekegrunnlag">;

/** The row without its search text (the browser does not need it). */
function tilRad(k: UbetaltKrav): UbetaltKravRad {
  const { krav, gjeldendeForfall, forfallNummer, antallForfall, forfalt, forfaltBeloep, ikkeForfaltBeloep, utsattBeloep, kid } = k;
  return { krav, gjeldendeForfall, forfallNummer, antallForfall, forfalt, forfaltBeloep, ikkeForfaltBeloep, utsattBeloep, kid };
}
/** `forkastet` on every list: items of the answer that could not be read and are not shown. */
export type UbetalteSide = Side<UbetaltKravRad> & { skjermet: boolean; forkastet: number; antallTotalt: number; sortering: Sortering<UbetaltKolonne>; sok: string };

export function lagUbetalteSide(aapne: AapneKrav, t: OversiktTilstand, iDag: string): UbetalteSide {
  const sortering = gjeldendeSortering(t, UBETALT_KOLONNER, UBETALT_STANDARD);
  const alle = aapne.krav.map((k) => tilUbetaltKrav(k, iDag));
  const utvalg = sorterUbetalte(filtrerUbetalte(alle, t.sok), sortering);
  const side = paginer(utvalg, t.side);
  return {
    ...side,
    rader: side.rader.map(tilRad),
    skjermet: aapne.skjermet,
    forkastet: aapne.forkastet,
    antallTotalt: alle.length,
    sortering,
    sok: t.sok,
  };
}

export type BetaltKravRad = BetaltKrav & { dekninger: Dekning[] };
export type BetalteKravSide = Side<BetaltKravRad> & { skjermet: boolean; forkastet: number; aar: number; sortering: Sortering<BetaltKolonne> };

export function lagBetalteKravSide(data: KravIPeriode, t: OversiktTilstand, aar: number): BetalteKravSide {
  const sortering = gjeldendeSortering(t, BETALT_KOLONNER, BETALT_STANDARD);
  const side = paginer(sorterBetalte(betalteKrav(data.krav), sortering), t.side);
  return { ...side, rader: side.rader.map((b) => ({ ...b, dekninger: dekningerForKrav(b.krav) })), skjermet: data.skjermet, forkastet: data.forkastet, aar, sortering };
}

export type InnbetalingerSide = Side<Innbetaling> & { skjermet: boolean; forkastet: number; aar: number; sortering: Sortering<InnbetalingKolonne>; sum: number };

export function lagInnbetalingerSide(data: InnbetalingerIPeriode, t: OversiktTilstand, aar: number): InnbetalingerSide {
  const sortering = gjeldendeSortering(t, INNBETALING_KOLONNER, INNBETALING_STANDARD);
  const side = paginer(sorterInnbetalinger(data.innbetalinger, sortering), t.side);
  return { ...side, skjermet: data.skjermet, forkastet: data.forkastet, aar, sortering, sum: sumBeloep(data.innbetalinger, (i) => i.innbetaltBeloep) };
}

export type UtbetalingerSide = Side<Utbetaling> & { skjermet: boolean; forkastet: number; aar: number; sortering: Sortering<UtbetalingKolonne>; sum: number };

export function lagUtbetalingerSide(data: UtbetalingerIPeriode, t: OversiktTilstand, aar: number): UtbetalingerSide {
  const sortering = gjeldendeSortering(t, UTBETALING_KOLONNER, UTBETALING_STANDARD);
  const side = paginer(sorterUtbetalinger(data.utbetalinger, sortering), t.side);
  return { ...side, skjermet: data.skjermet, forkastet: data.forkastet, aar, sortering, sum: sumBeloep(data.utbetalinger, (u) => u.utbetaltBeloep) };
}

/** The year's sums over every credit (not one page): the credits (negative), paid out, used on other claims. */
export type TilgodeSide = Side<Tilgodebeloep> & {
  skjermet: boolean;
  forkastet: number;
  aar: number;
  sortering: Sortering<TilgodeKolonne>;
  sumTilgode: number;
  sumUtbetalt: number;
  sumMotregnet: number;
};

export function lagTilgodeSide(utbetalinger: UtbetalingerIPeriode, krav: KravIPeriode, t: OversiktTilstand, aar: number, oppslag: readonly Krav[] = []): TilgodeSide {
  const sortering = gjeldendeSortering(t, TILGODE_KOLONNER, TILGODE_STANDARD);
  const alle = tilgodebeloep(utbetalinger.utbetalinger, krav.krav, oppslag);
  const side = paginer(sorterTilgode(alle, sortering), t.side);
  return {
    ...side,
    skjermet: utbetalinger.skjermet || krav.skjermet,
    forkastet: utbetalinger.forkastet + krav.forkastet,
    aar,
    sortering,
    sumTilgode: sumBeloep(alle, (r) => r.opprinneligBeloep),
    sumUtbetalt: sumBeloep(alle, (r) => r.utbetaltBeloep),
    sumMotregnet: sumBeloep(alle, (r) => r.motregnetBeloep),
  };
}
