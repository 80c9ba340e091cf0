import type { Innbetaling, Krav } from "@/lib/kravogbetalinger/model";

/**
 * Why a payment can be left unplaced, as far as the data shows it:
 * - `utenKid`: paid without a KID, so it names no claim;
 * - `kidIkkeForfalt`: its KID belongs to an open claim not yet due: it is used when that falls due;
 * - `ukjentKid`: its KID belongs to none of the open claims (mistyped, or a claim already paid);
 * - `annet`: its KID is an overdue claim's, and still the money was not used (ask Skatteetaten).
 */
export type UplassertGrunn = "utenKid" | "kidIkkeForfalt" | "ukjentKid" | "annet";

export function uplassertGrunn(innbetaling: Pick<Innbetaling, "kid">, aapneKrav: readonly Krav[], iDag: string): UplassertGrunn {
  if (!innbetaling.kid) return "utenKid";
  const forfall = aapneKrav.flatMap((k) => k.forfall).filter((f) => f.gjenstaaendeBeloep > 0 && f.betalingsinformasjon?.kid === innbetaling.kid);
  if (forfall.length === 0) return "ukjentKid";
  return forfall.every((f) => f.forfallsdato >= iDag) ? "kidIkkeForfalt" : "annet";
}
