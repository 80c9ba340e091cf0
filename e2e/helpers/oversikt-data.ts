import { aapnekrav, innbetalingerIPeriode, kravIPeriode, utbetalingerIPeriode } from "../../dev/api/visning";
import { findTestParty } from "../../dev/testdata/parties";
import { ledgerFor } from "../../dev/testdata/krav";
import { dag } from "../../dev/testdata/krav/dager";
import { iDag } from "../../lib/dato";
import { tilAapneKrav, tilInnbetalingListe, tilKravListe, tilUtbetalingListe } from "../../lib/kravogbetalinger/mapping";
import type { AapneKrav, Innbetaling, Krav, Spraak, Utbetaling } from "../../lib/kravogbetalinger/model";
import { aapnekravResponseSchema, innbetalingerResponseSchema, kravResponseSchema, utbetalingerResponseSchema } from "../../lib/kravogbetalinger/schema";

/**
 * What the API stand-in serves for a party today, read from the stand-in's own generator (the
 * same function its HTTP endpoints render) and parsed like the app parses it. The specs compute
 * the figures they expect on screen from this, never from copies of what the screen shows.
 * `spraak` picks the API texts the way the app does for a page in that language.
 */

function ledger(orgnr: string) {
  const party = findTestParty(orgnr);
  if (!party) throw new Error(`Ukjent testpart ${orgnr}`);
  return ledgerFor(party, dag(iDag()));
}

const aar = (a: number) => ({ fra: dag(`${a}-01-01`), til: dag(`${a}-12-31`) });

export function standinAapneKrav(orgnr: string, spraak: Spraak = "nb"): AapneKrav {
  return tilAapneKrav(aapnekravResponseSchema.parse(aapnekrav(ledger(orgnr))), spraak);
}

export function standinKrav(orgnr: string, a: number, spraak: Spraak = "nb"): Krav[] {
  return tilKravListe(kravResponseSchema.parse(kravIPeriode(ledger(orgnr), aar(a)).body).krav ?? [], spraak);
}

export function standinInnbetalinger(orgnr: string, a: number, spraak: Spraak = "nb"): Innbetaling[] {
  return tilInnbetalingListe(innbetalingerResponseSchema.parse(innbetalingerIPeriode(ledger(orgnr), aar(a)).body).innbetaling ?? [], spraak);
}

export function standinUtbetalinger(orgnr: string, a: number, spraak: Spraak = "nb"): Utbetaling[] {
  return tilUtbetalingListe(utbetalingerResponseSchema.parse(utbetalingerIPeriode(ledger(orgnr), aar(a)).body).utbetaling ?? [], spraak);
}

/**
 * Claims with something left on a due date that has passed / not yet passed, and claims whose
 * collection is postponed (utsattIverksettelse: in neither), counted independently of the app's helpers.
 */
export function antallForfalte(a: AapneKrav, idag = iDag()) {
  const aapen = (f: AapneKrav["krav"][number]["forfall"][number]) => f.gjenstaaendeBeloep > 0 && !f.utsattIverksettelse;
  return {
    forfalte: a.krav.filter((k) => k.forfall.some((f) => aapen(f) && f.forfallsdato < idag)).length,
    fremtidige: a.krav.filter((k) => k.forfall.some((f) => aapen(f) && f.forfallsdato >= idag)).length,
    utsatte: a.krav.filter((k) => k.forfall.some((f) => f.gjenstaaendeBeloep > 0 && f.utsattIverksettelse)).length,
  };
}

/** The API's sumForfalteKrav without the postponed due dates that have passed (the app shows those apart). */
export function forfaltUtenUtsatte(a: AapneKrav, idag = iDag()): number {
  const utsatt = a.krav
    .flatMap((k) => k.forfall)
    .filter((f) => f.utsattIverksettelse && f.gjenstaaendeBeloep > 0 && f.forfallsdato < idag)
    .reduce((s, f) => s + Math.round(f.gjenstaaendeBeloep * 100), 0);
  return (Math.round(a.totalOversikt.sumForfalteKrav * 100) - utsatt) / 100;
}
