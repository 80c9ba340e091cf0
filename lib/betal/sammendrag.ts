import type { ForfallForRenter } from "@/lib/renter";
import type { Betalingslinje } from "./utvalg";

/**
 * A large selection in short, for the page and the PDF when there are more than MANGE_LINJER
 * lines: one row per kravgruppe, period and account (Storvik's 5 200 vektårsavgift lines are two
 * rows), and the interest estimate's input added up per due date. Pure; sums in øre.
 */

export type Sammendragsrad = { kravgruppe: string; periode: string | null; kontonummer: string | null; antall: number; beloep: number };

const nb = new Intl.Collator("nb");

export function lagSammendrag(linjer: readonly Betalingslinje[]): Sammendragsrad[] {
  const rader = new Map<string, Sammendragsrad & { oere: number }>();
  for (const l of linjer) {
    const noekkel = `${l.kravgruppe}\u0000${l.periode ?? ""}\u0000${l.kontonummer ?? ""}`;
    const rad = rader.get(noekkel) ?? { kravgruppe: l.kravgruppe, periode: l.periode, kontonummer: l.kontonummer, antall: 0, beloep: 0, oere: 0 };
    rad.antall++;
    rad.oere += Math.round(l.beloep * 100);
    rader.set(noekkel, rad);
  }
  return [...rader.values()]
    .map(({ oere, ...r }) => ({ ...r, beloep: oere / 100 }))
    .sort((a, b) => nb.compare(a.kravgruppe, b.kravgruppe) || (a.periode ?? "").localeCompare(b.periode ?? "") || (a.kontonummer ?? "").localeCompare(b.kontonummer ?? ""));
}

/**
 * The interest estimate's input for many lines in one: the remainders added up per due date and
 * the interest so far in total. The estimate is linear in the amount, so the total is the same
 * as line by line (to the øre's rounding); the page then sends two numbers per due date, not 5 200 lines.
 */
export function samletRentegrunnlag(linjer: readonly Betalingslinje[]): { forfall: ForfallForRenter[]; stipulerteRenter: number } {
  const perDato = new Map<string, number>();
  let renter = 0;
  for (const l of linjer) {
    renter += Math.round(l.stipulerteRenter * 100);
    for (const f of l.forfall) perDato.set(f.forfallsdato, (perDato.get(f.forfallsdato) ?? 0) + Math.round(f.gjenstaaendeBeloep * 100));
  }
  return {
    forfall: [...perDato.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([forfallsdato, oere]) => ({ forfallsdato, gjenstaaendeBeloep: oere / 100 })),
    stipulerteRenter: renter / 100,
  };
}
