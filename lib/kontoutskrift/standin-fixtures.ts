import { aapnekrav, innbetalingerIPeriode, kravIPeriode, utbetalingerIPeriode } from "../../dev/api/visning";
import { ledgerFor } from "../../dev/testdata/krav";
import { dag } from "../../dev/testdata/krav/dager";
import { findTestParty } from "../../dev/testdata/parties";
import { iDag } from "../dato";
import { tilAapneKrav, tilInnbetalingListe, tilKravListe, tilUtbetalingListe } from "../kravogbetalinger/mapping";
import type { AapneKrav, Innbetaling, Krav, Periode, Utbetaling } from "../kravogbetalinger/model";
import { aapnekravResponseSchema, innbetalingerResponseSchema, kravResponseSchema, utbetalingerResponseSchema } from "../kravogbetalinger/schema";

/**
 * Test support: a test party's data exactly as the app gets it from the API stand-in (the
 * stand-in's JSON, parsed by the client's schemas and mapped to domain types), without HTTP.
 * The unit tests build statements from it; the e2e specs count rows and sums against it.
 */
export type StandInData = { aapne: AapneKrav; krav: Krav[]; innbetalinger: Innbetaling[]; utbetalinger: Utbetaling[] };

export function standInData(orgnr: string, periode: Periode, naa: Date = new Date()): StandInData {
  const party = findTestParty(orgnr);
  if (!party) throw new Error(`ukjent testpart ${orgnr}`);
  const ledger = ledgerFor(party, dag(iDag(naa)));
  const p = { fra: dag(periode.fraOgMed), til: dag(periode.tilOgMed) };
  return {
    aapne: tilAapneKrav(aapnekravResponseSchema.parse(aapnekrav(ledger))),
    krav: tilKravListe(kravResponseSchema.parse(kravIPeriode(ledger, p).body).krav ?? []),
    innbetalinger: tilInnbetalingListe(innbetalingerResponseSchema.parse(innbetalingerIPeriode(ledger, p).body).innbetaling ?? []),
    utbetalinger: tilUtbetalingListe(utbetalingerResponseSchema.parse(utbetalingerIPeriode(ledger, p).body).utbetaling ?? []),
  };
}

/** What the statement's sheets should hold for that data: row counts and sums the specs compare with. */
export function forventet(data: StandInData, periode: Periode) {
  const iPerioden = (d: string) => d >= periode.fraOgMed && d <= periode.tilOgMed;
  const forfall = data.krav.flatMap((k) => k.forfall).filter((f) => iPerioden(f.forfallsdato));
  const sum = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) * 100) / 100;
  return {
    kravRader: forfall.length + data.innbetalinger.length,
    kravDebetKredit: sum([...forfall.map((f) => f.opprinneligBeloep), ...data.innbetalinger.map((i) => -i.innbetaltBeloep)]),
    transaksjonRader: data.innbetalinger.reduce((s, i) => s + 1 + i.plasseringer.length, 0),
    innbetalt: sum(data.innbetalinger.map((i) => i.innbetaltBeloep)),
    utbetalingRader: data.utbetalinger.reduce((s, u) => s + 1 + u.kreditKrav.length, 0),
    utbetalt: sum(data.utbetalinger.map((u) => u.utbetaltBeloep)),
    motregningRader: forfall.reduce((s, f) => s + f.motkrav.length, 0),
    motregnet: sum(forfall.flatMap((f) => f.motkrav.map((m) => m.benyttetBeloep))),
  };
}
