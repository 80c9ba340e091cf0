import type { AapneKrav } from "@/lib/kravogbetalinger/model";
import { erForfalt } from "@/lib/krav-visning/ubetalte";
import { lagOppsummering } from "@/lib/krav-visning/visninger";

/**
 * One client's row in the klientoversikt: a compact summary of its aapnekrav (the large
 * party's aapnekrav is megabytes; this is a few numbers). Sums as the API states them (right
 * for a screened party too), counts from the claims, as the party's own page shows them.
 */
export type KlientSammendrag = {
  orgnr: string;
  skjermet: boolean;
  forfalte: { sum: number; antall: number };
  fremtidige: { sum: number; antall: number };
  renter: number;
  saldo: number;
  /** The first due date from today on with something left to pay, and what is due that day. */
  nesteForfall: { dato: string; beloep: number } | null;
  uplasserte: number;
};

const kr = (v: number): number => {
  const r = Math.round(v * 100) / 100;
  return r === 0 ? 0 : r;
};

export function lagKlientSammendrag(aapne: AapneKrav, iDag: string): KlientSammendrag {
  const h = lagOppsummering(aapne, iDag);
  let neste: { dato: string; beloep: number } | null = null;
  for (const krav of aapne.krav) {
    for (const f of krav.forfall) {
      if (f.gjenstaaendeBeloep <= 0 || f.utsattIverksettelse || erForfalt(f, iDag)) continue;
      if (!neste || f.forfallsdato < neste.dato) neste = { dato: f.forfallsdato, beloep: f.gjenstaaendeBeloep };
      else if (f.forfallsdato === neste.dato) neste.beloep += f.gjenstaaendeBeloep;
    }
  }
  return {
    orgnr: aapne.partIdentifikator,
    skjermet: aapne.skjermet,
    forfalte: { sum: kr(h.forfalte.sum), antall: h.forfalte.antall },
    fremtidige: { sum: kr(h.fremtidige.sum), antall: h.fremtidige.antall },
    renter: kr(h.sumRenter),
    saldo: kr(h.saldo),
    nesteForfall: neste ? { dato: neste.dato, beloep: kr(neste.beloep) } : null,
    uplasserte: kr(aapne.totalOversikt.sumUplasserteInnbetalinger),
  };
}
