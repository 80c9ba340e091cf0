import type { TestParty } from "../parties";
import type { Ledger } from "./ledger";
import { seedLedger } from "./seed";
import { genererLedger } from "./generator";

/**
 * Each test party's account as it stands on a given day, generated on first use and cached
 * per party and day (the large party takes a moment to generate; every later call is quick).
 */

const cache = new Map<string, { idag: number; ledger: Ledger }>();

export function ledgerFor(party: TestParty, idag: number): Ledger {
  const hit = cache.get(party.orgnr);
  if (hit && hit.idag === idag) return hit.ledger;
  const ledger = party.scenario === "seed" ? seedLedger(idag) : genererLedger(party, idag);
  cache.set(party.orgnr, { idag, ledger });
  return ledger;
}
