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
  // Placements and offsets belong to the period that holds their date (one without a date: where its claim is).
  const datert = (d: string | null) => d === null || iPerioden(d);
  const forfall = data.krav.flatMap((k) => k.forfall).filter((f) => iPerioden(f.forfallsdato));
  const innbetalinger = data.innbetalinger.filter((i) => iPerioden(i.innbetalingsdato));
  const utbetalinger = data.utbetalinger.filter((u) => iPerioden(u.utbetaltdato));
  const motkrav = forfall.flatMap((f) => f.motkrav.filter((m) => datert(m.plassertDato)));
  const sum = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) * 100) / 100;
  return {
    kravRader: forfall.length + innbetalinger.length,
    kravDebetKredit: sum([...forfall.map((f) => f.opprinneligBeloep), ...innbetalinger.map((i) => -i.innbetaltBeloep)]),
    transaksjonRader: innbetalinger.reduce((s, i) => s + 1 + i.plasseringer.filter((p) => datert(p.plassertDato)).length, 0),
    innbetalt: sum(innbetalinger.map((i) => i.innbetaltBeloep)),
    utbetalingRader: utbetalinger.reduce((s, u) => s + 1 + u.kreditKrav.length, 0),
    utbetalt: sum(utbetalinger.map((u) => u.utbetaltBeloep)),
    motregningRader: motkrav.length,
    motregnet: sum(motkrav.map((m) => m.benyttetBeloep)),
  };
}
