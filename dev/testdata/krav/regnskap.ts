import { renteForDager } from "../../renter/renter";
import type { Mottakerkonto } from "./konto";
import type { Forfall, Innbetaling, Krav, Kravperiode, Ledger, Plassering, Tekst, Utbetaling } from "./ledger";
import { stabilId } from "./prng";

/**
 * Builds a Ledger event by event, keeping it consistent: a placement lowers the due date's
 * remainder and the payment's unplaced amount by the same øre; a credit covers overdue debts
 * (motregning) before the rest is paid out. Events dated after "today" are dropped, so the
 * ledger is the account as it stands today. Ids are derived from each object's key, so the
 * same story gives the same ids every run.
 */

export type KravDef = {
  key: string;
  kravtype: string;
  kravgruppe: string;
  beskrivelse: Tekst;
  periode: Kravperiode | null;
  opprettet: number;
  fastsettingsmaate?: string | null;
  kid?: string | null;
  konto: Mottakerkonto;
  /** Due dates with amounts in øre (positive; a credit is given positive and stored negative). */
  forfall: { dag: number; beloep: number }[];
  utsattIverksettelse?: boolean;
};

export type InnbetalingDef = {
  key: string;
  dag: number;
  /** øre */
  beloep: number;
  type: string;
  kid?: string | null;
  fraKonto: string;
  fraNavn?: string | null;
  tilKonto: string;
  /** Due dates to cover first, in order. */
  mot?: Forfall[];
  /** Leftover goes to the oldest overdue debts (Skatteetaten's order); otherwise it stays unplaced. */
  dekkEldste?: boolean;
};

export type UtbetalingDef = { tilKonto: string; tilNavn: string; melding: string };

/** Called when a claim that was paid late is settled in full: interest in kroner (unrounded). */
export type OppgjortSent = (krav: Krav, dag: number, renteKroner: number) => void;

export class Regnskap {
  readonly ledger: Ledger;
  /** Debt due dates with something left, in due-date order (paid ones are skipped lazily). */
  private aapne: Forfall[] = [];
  private rente = new Map<Krav, number>();
  onOppgjortSent: OppgjortSent | null = null;

  constructor(orgnr: string, idag: number, skjermet = false) {
    this.ledger = { orgnr, skjermet, idag, krav: [], innbetalinger: [], utbetalinger: [] };
  }

  get idag() {
    return this.ledger.idag;
  }

  private id(key: string) {
    return stabilId(`${this.ledger.orgnr}:${key}`);
  }

  /** Registers a debt. Null when it is created after today. */
  krav(def: KravDef): Krav | null {
    return this.nyttKrav(def, false);
  }

  private nyttKrav(def: KravDef, kreditt: boolean): Krav | null {
    if (def.opprettet > this.idag) return null;
    const sign = kreditt ? -1 : 1;
    const krav: Krav = {
      id: this.id(def.key),
      kravtype: def.kravtype,
      kravgruppe: def.kravgruppe,
      beskrivelse: def.beskrivelse,
      periode: def.periode,
      opprettet: def.opprettet,
      fastsettingsmaate: def.fastsettingsmaate ?? null,
      kid: def.kid ?? null,
      konto: def.konto,
      kreditt,
      forfall: [],
    };
    def.forfall.forEach((f, i) => {
      if (!Number.isInteger(f.beloep) || f.beloep <= 0) throw new Error(`${def.key}: amount must be positive øre`);
      krav.forfall.push({
        id: this.id(`${def.key}:${i + 1}`),
        krav,
        nr: i + 1,
        dag: f.dag,
        opprinnelig: sign * f.beloep,
        gjenstaaende: sign * f.beloep,
        utsattIverksettelse: def.utsattIverksettelse ?? false,
        plasseringer: [],
        motregnetMot: [],
        utbetalt: 0,
      });
    });
    this.ledger.krav.push(krav);
    if (!kreditt) for (const f of krav.forfall) this.leggTilAapen(f);
    return krav;
  }

  private leggTilAapen(f: Forfall) {
    // binary insert by due date (stable for equal dates)
    let lo = 0;
    let hi = this.aapne.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.aapne[mid]!.dag <= f.dag) lo = mid + 1;
      else hi = mid;
    }
    this.aapne.splice(lo, 0, f);
  }

  /** Overdue debts with something left on `dag`, oldest first (postponed ones are left alone). */
  forfalteAapne(dag: number): Forfall[] {
    if (this.aapne.length > 64 && this.aapne.some((f) => f.gjenstaaende === 0)) {
      this.aapne = this.aapne.filter((f) => f.gjenstaaende > 0);
    }
    const out: Forfall[] = [];
    for (const f of this.aapne) {
      if (f.dag >= dag) break;
      if (f.gjenstaaende > 0 && !f.utsattIverksettelse && f.krav.opprettet <= dag) out.push(f);
    }
    return out;
  }

  private plasser(forfall: Forfall, beloep: number, dag: number, innbetaling: Innbetaling | null, kreditForfall: Forfall | null) {
    if (beloep <= 0) return;
    if (beloep > forfall.gjenstaaende) throw new Error("placement larger than the remainder");
    const p: Plassering = { forfall, beloep, dag, innbetaling, kreditForfall };
    forfall.plasseringer.push(p);
    forfall.gjenstaaende -= beloep;
    if (innbetaling) {
      innbetaling.plasseringer.push(p);
      innbetaling.uplassert -= beloep;
    }
    if (kreditForfall) {
      kreditForfall.motregnetMot.push(p);
      kreditForfall.gjenstaaende += beloep;
    }
    if (dag > forfall.dag) {
      const krav = forfall.krav;
      this.rente.set(krav, (this.rente.get(krav) ?? 0) + renteForDager(beloep / 100, forfall.dag, dag));
    }
    const krav = forfall.krav;
    if (forfall.gjenstaaende === 0 && krav.forfall.every((f) => f.gjenstaaende === 0)) {
      const rente = this.rente.get(krav) ?? 0;
      if (rente > 0) this.onOppgjortSent?.(krav, dag, rente);
    }
  }

  /** A payment in. Null when it is after today. */
  innbetaling(def: InnbetalingDef): Innbetaling | null {
    if (def.dag > this.idag) return null;
    const inn: Innbetaling = {
      id: this.id(def.key),
      dag: def.dag,
      beloep: def.beloep,
      uplassert: def.beloep,
      type: def.type,
      kid: def.kid ?? null,
      fraKonto: def.fraKonto,
      fraNavn: def.fraNavn ?? null,
      tilKonto: def.tilKonto,
      plasseringer: [],
    };
    this.ledger.innbetalinger.push(inn);
    for (const f of def.mot ?? []) {
      if (inn.uplassert === 0) break;
      if (f.krav.kreditt || f.gjenstaaende <= 0) continue;
      this.plasser(f, Math.min(inn.uplassert, f.gjenstaaende), Math.max(def.dag, f.krav.opprettet), inn, null);
    }
    if (def.dekkEldste) {
      for (const f of this.forfalteAapne(def.dag + 1)) {
        if (inn.uplassert === 0) break;
        this.plasser(f, Math.min(inn.uplassert, f.gjenstaaende), def.dag, inn, null);
      }
    }
    return inn;
  }

  /** Places (part of) an unplaced payment later, e.g. when the claim its KID named arrives. */
  plasserSenere(inn: Innbetaling, forfall: Forfall, beloep: number, dag: number) {
    if (dag > this.idag) return;
    this.plasser(forfall, Math.min(beloep, inn.uplassert, forfall.gjenstaaende), dag, inn, null);
  }

  /**
   * A credit (tilgode) on `def.opprettet`: it first covers overdue debts (motregning, oldest
   * first, or `mot` first when given), and the rest is paid out the same day. Returns the credit claim and the payout (if any).
   */
  kreditt(def: KravDef, utbetaling: UtbetalingDef, mot: Forfall[] = []) {
    const krav = this.nyttKrav(def, true);
    if (!krav) return null;
    const dag = def.opprettet;
    const utbetalte: { forfall: Forfall; utbetalt: number }[] = [];
    for (const kf of krav.forfall) {
      for (const debt of [...mot, ...this.forfalteAapne(dag + 1)]) {
        if (debt.gjenstaaende <= 0) continue;
        if (kf.gjenstaaende === 0) break;
        this.plasser(debt, Math.min(-kf.gjenstaaende, debt.gjenstaaende), dag, null, kf);
      }
      if (kf.gjenstaaende < 0) {
        kf.utbetalt = -kf.gjenstaaende;
        kf.gjenstaaende = 0;
        utbetalte.push({ forfall: kf, utbetalt: kf.utbetalt });
      }
    }
    let ut: Utbetaling | null = null;
    if (utbetalte.length > 0) {
      ut = {
        id: this.id(`${def.key}:utbetaling`),
        dag,
        beloep: utbetalte.reduce((s, u) => s + u.utbetalt, 0),
        status: "bekreftet",
        melding: utbetaling.melding,
        tilKonto: utbetaling.tilKonto,
        tilNavn: utbetaling.tilNavn,
        kreditKrav: utbetalte,
      };
      this.ledger.utbetalinger.push(ut);
    }
    return { krav, utbetaling: ut };
  }
}
