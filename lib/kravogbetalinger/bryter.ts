/**
 * A circuit breaker per endpoint, so that while Skatteetaten does not answer, our users get
 * "Skatteetaten svarer ikke akkurat nå" at once instead of waiting out the whole time budget.
 *
 * Keyed so that one bad party cannot deny service to the others:
 * - per endpoint + party: opens after `terskel` timeouts in a row for that party (or one
 *   that used up a whole request's budget); a hanging party fails fast for itself only;
 * - per endpoint: opens only when timeouts come from at least `partierForEndepunkt` different
 *   parties with no answer from that endpoint in between: then Skatteetaten itself is down.
 *   Any answer (even an error answer) closes it again, so one hanging party never opens it.
 * Open lasts `aapenMs`; after that the next call is let through as a probe. State is per
 * instance (in memory): each instance learns for itself within one budget.
 */
export type BryterValg = { aapenMs: number; terskel?: number; partierForEndepunkt?: number; naa?: () => number };

export type Bryter = {
  /** The time until the breaker closes, or 0 when calls may go. */
  aapen(endepunkt: string, part: string): number;
  timeout(endepunkt: string, part: string, helBudsjett: boolean): void;
  svar(endepunkt: string, part: string): void;
};

export function lagBryter(valg: BryterValg): Bryter {
  const terskel = valg.terskel ?? 2;
  const partierForEndepunkt = valg.partierForEndepunkt ?? 5;
  const naa = valg.naa ?? Date.now;
  const perPart = new Map<string, { paafoelgende: number; aapenTil: number }>();
  const perEndepunkt = new Map<string, { partier: Set<string>; aapenTil: number }>();

  const rydd = () => {
    // Bounded: only parties with a recent timeout are kept.
    if (perPart.size < 10_000) return;
    const t = naa();
    for (const [k, s] of perPart) if (s.aapenTil < t) perPart.delete(k);
  };

  return {
    aapen(endepunkt, part) {
      if (valg.aapenMs <= 0) return 0;
      const t = naa();
      const p = perPart.get(`${endepunkt}:${part}`);
      const e = perEndepunkt.get(endepunkt);
      return Math.max(0, (p?.aapenTil ?? 0) - t, (e?.aapenTil ?? 0) - t);
    },
    timeout(endepunkt, part, helBudsjett) {
      const t = naa();
      const key = `${endepunkt}:${part}`;
      const p = perPart.get(key) ?? { paafoelgende: 0, aapenTil: 0 };
      p.paafoelgende = helBudsjett ? Math.max(terskel, p.paafoelgende + 1) : p.paafoelgende + 1;
      if (p.paafoelgende >= terskel) p.aapenTil = t + valg.aapenMs;
      perPart.delete(key);
      perPart.set(key, p);
      const e = perEndepunkt.get(endepunkt) ?? { partier: new Set<string>(), aapenTil: 0 };
      e.partier.add(part);
      if (e.partier.size >= partierForEndepunkt) {
        e.aapenTil = t + valg.aapenMs;
        e.partier.clear();
      }
      perEndepunkt.set(endepunkt, e);
      rydd();
    },
    svar(endepunkt, part) {
      perPart.delete(`${endepunkt}:${part}`);
      const e = perEndepunkt.get(endepunkt);
      if (e) {
        e.partier.clear();
        e.aapenTil = 0;
      }
    },
  };
}
