import type { Krav, Utbetaling } from "@/lib/kravogbetalinger/model";
import { sorter, type Sortering } from "./sortering";

export type UtbetalingKolonne = "utbetaltdato" | "utbetaltBeloep" | "tilKonto";
export const UTBETALING_KOLONNER: readonly UtbetalingKolonne[] = ["utbetaltdato", "utbetaltBeloep", "tilKonto"];
export const UTBETALING_STANDARD: Sortering<UtbetalingKolonne> = { kolonne: "utbetaltdato", retning: "synkende" };

const utbetalingVerdi: Record<UtbetalingKolonne, (u: Utbetaling) => string | number | null> = {
  utbetaltdato: (u) => u.utbetaltdato,
  utbetaltBeloep: (u) => u.utbetaltBeloep,
  tilKonto: (u) => u.tilKonto,
};

export function sorterUtbetalinger(utbetalinger: readonly Utbetaling[], s: Sortering<UtbetalingKolonne>): Utbetaling[] {
  return sorter(utbetalinger, utbetalingVerdi[s.kolonne], s.retning);
}

/** A claim that (part of) a credit was used to cover. */
export type DekketKrav = {
  beskrivelse: string;
  periode: string | null;
  forfallsdato: string;
  benyttetBeloep: number;
  plassertDato: string | null;
};

/** One credit (tilgodebeløp) and what became of it: paid out, used on other claims, or still left. */
export type Tilgodebeloep = {
  kravforfallsIdentifikator: string | null;
  beskrivelse: string | null;
  periode: string | null;
  /** The credit's own date (its forfallsdato), when the year's claims hold it. */
  dato: string | null;
  /** The credit: negative, as every credit in the model (see model.ts). */
  opprinneligBeloep: number;
  /** Paid out, positive. */
  utbetaltBeloep: number;
  /** Used on other claims, positive: what of the credit was neither paid out nor is still left. */
  motregnetBeloep: number;
  /** What is left of the credit: negative or 0. */
  gjenstaaendeBeloep: number;
  utbetalingsdatoer: string[];
  /** The claims the motregning covered, found through krav[].forfall[].motkrav[]. */
  dekketKrav: DekketKrav[];
};

export type TilgodeKolonne = "beskrivelse" | "periode" | "opprinneligBeloep" | "utbetaltBeloep";
export const TILGODE_KOLONNER: readonly TilgodeKolonne[] = ["beskrivelse", "periode", "opprinneligBeloep", "utbetaltBeloep"];
export const TILGODE_STANDARD: Sortering<TilgodeKolonne> = { kolonne: "periode", retning: "synkende" };

/**
 * A year's credits, one row per credit, whatever became of it: paid out, partly or fully used
 * on other claims (motregning), or still left. They come from two places: the credits behind
 * the year's payouts (a credit paid out in several payouts is merged) and the credit claims
 * among the year's claims (negative amounts), so a credit used entirely on other claims, with
 * no payout, is there too. Each carries the claims its motregning covered; the join is the
 * credit's kravforfallsIdentifikator on the covered due date's motkrav[]. `oppslag`: more
 * claims to look for covered ones in (earlier years, the open claims), since a credit usually
 * covers claims that fell due before it.
 */
export function tilgodebeloep(utbetalinger: readonly Utbetaling[], krav: readonly Krav[], oppslag: readonly Krav[] = []): Tilgodebeloep[] {
  const dekket = new Map<string, DekketKrav[]>();
  const sett = new Set<string>();
  for (const k of [...krav, ...oppslag]) {
    for (const f of k.forfall) {
      if (sett.has(f.kravforfallsIdentifikator)) continue;
      sett.add(f.kravforfallsIdentifikator);
      for (const m of f.motkrav) {
        if (!m.kravforfallsIdentifikator) continue;
        const liste = dekket.get(m.kravforfallsIdentifikator) ?? [];
        liste.push({ beskrivelse: k.beskrivelse, periode: k.periode, forfallsdato: f.forfallsdato, benyttetBeloep: m.benyttetBeloep, plassertDato: m.plassertDato });
        dekket.set(m.kravforfallsIdentifikator, liste);
      }
    }
  }
  const dekketAv = (id: string | null) => (id ? sorter(dekket.get(id) ?? [], (d) => d.forfallsdato, "stigende") : []);
  const perId = new Map<string, Tilgodebeloep>();
  const rader: Tilgodebeloep[] = [];
  for (const u of utbetalinger) {
    for (const kk of u.kreditKrav) {
      const id = kk.kravforfallsIdentifikator;
      const eksisterende = id ? perId.get(id) : undefined;
      if (eksisterende) {
        eksisterende.utbetaltBeloep += kk.utbetaltBeloep;
        eksisterende.utbetalingsdatoer.push(u.utbetaltdato);
        continue;
      }
      const rad: Tilgodebeloep = {
        kravforfallsIdentifikator: id,
        beskrivelse: kk.beskrivelse,
        periode: kk.periode,
        dato: null,
        opprinneligBeloep: kk.opprinneligBeloep,
        utbetaltBeloep: kk.utbetaltBeloep,
        motregnetBeloep: kk.motregnetBeloep,
        gjenstaaendeBeloep: kk.gjenstaaendeBeloep,
        utbetalingsdatoer: [u.utbetaltdato],
        dekketKrav: dekketAv(id),
      };
      if (id) perId.set(id, rad);
      rader.push(rad);
    }
  }
  // The year's credit claims: the date, and those no payout names (used on other claims, or not settled yet).
  for (const k of krav) {
    for (const f of k.forfall) {
      if (f.opprinneligBeloep >= 0) continue;
      const eksisterende = perId.get(f.kravforfallsIdentifikator);
      if (eksisterende) {
        eksisterende.dato = f.forfallsdato;
        continue;
      }
      const rad: Tilgodebeloep = {
        kravforfallsIdentifikator: f.kravforfallsIdentifikator,
        beskrivelse: k.beskrivelse,
        periode: k.periode,
        dato: f.forfallsdato,
        opprinneligBeloep: f.opprinneligBeloep,
        utbetaltBeloep: f.utbetalinger.reduce((s, u) => s + u.benyttetBeloep, 0),
        motregnetBeloep: 0,
        gjenstaaendeBeloep: f.gjenstaaendeBeloep,
        utbetalingsdatoer: [...new Set(f.utbetalinger.map((u) => u.utbetaltDato ?? u.plassertDato).filter((d): d is string => d !== null))],
        dekketKrav: dekketAv(f.kravforfallsIdentifikator),
      };
      perId.set(f.kravforfallsIdentifikator, rad);
      rader.push(rad);
    }
  }
  for (const rad of rader) {
    // What was used on other claims, from the totals:
    // the credit (negative) = what is left (negative) - paid out - used on other claims
    rad.motregnetBeloep = Math.max(0, Math.round((rad.gjenstaaendeBeloep - rad.opprinneligBeloep - rad.utbetaltBeloep) * 100) / 100);
  }
  return rader;
}

const tilgodeVerdi: Record<TilgodeKolonne, (t: Tilgodebeloep) => string | number | null> = {
  beskrivelse: (t) => t.beskrivelse,
  periode: (t) => t.periode,
  opprinneligBeloep: (t) => t.opprinneligBeloep,
  utbetaltBeloep: (t) => t.utbetaltBeloep,
};

export function sorterTilgode(rader: readonly Tilgodebeloep[], s: Sortering<TilgodeKolonne>): Tilgodebeloep[] {
  return sorter(rader, tilgodeVerdi[s.kolonne], s.retning);
}
