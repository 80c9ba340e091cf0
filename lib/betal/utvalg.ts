import { parseDatoInput } from "@/lib/kontoutskrift/periode";
import { erForfalt } from "@/lib/krav-visning/ubetalte";
import type { AapneKrav, Krav, Kravforfall } from "@/lib/kravogbetalinger/model";
import type { Utvalg } from "./lenke";

export { MANGE_LINJER, utvalgQuery, type Utvalg } from "./lenke";

/**
 * What a payment page (and its PDF) asks the user to pay: one line per claim and KID, since each
 * claim has its own KID and the bank needs one payment per KID. Pure: the caller passes today.
 */

export type Betalingslinje = {
  kravidentifikator: string;
  beskrivelse: string;
  periode: string | null;
  kravgruppe: string;
  /** What is left on the due dates this line covers. */
  beloep: number;
  kontonummer: string | null;
  kid: string | null;
  iban: string | null;
  swiftBIC: string | null;
  bankinformasjon: string | null;
  /** The earliest of the due dates this line covers. */
  forfallsdato: string;
  /** The due dates this line covers (for the interest estimate). */
  forfall: Kravforfall[];
  /** Interest so far on the claim (only on the first line of a claim, so sums stay right). */
  stipulerteRenter: number;
};

export type Betaling = { utvalg: Utvalg; linjer: Betalingslinje[]; sum: number };

/** At most this many chosen claims in one link (?krav=A&krav=B...). */
const MAKS_VALGTE = 1000;

/**
 * Reads ?krav=ID[&forfall=ID], ?krav=A&krav=B..., or ?utvalg=forfalte|fremtidige|innen
 * (innen with &tilOgMed=YYYY-MM-DD or DD.MM.YYYY) with an optional &medUtsatte=1; nothing given
 * means everything overdue. Null for nonsense.
 */
export function lesUtvalg(sp: URLSearchParams | Record<string, string | string[] | undefined>): Utvalg | null {
  const alle = (k: string): string[] => {
    if (sp instanceof URLSearchParams) return sp.getAll(k);
    const v = sp[k];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  const get = (k: string): string | undefined => alle(k)[0];
  const krav = alle("krav");
  const forfall = get("forfall");
  const utvalg = get("utvalg");
  const medUtsatte = get("medUtsatte");
  if (medUtsatte !== undefined && medUtsatte !== "1") return null;
  const gyldigId = (s: string) => s.length > 0 && s.length <= 100 && /^[\w.:\-]+$/.test(s);
  if (krav.length > 1) {
    if (forfall !== undefined || utvalg !== undefined || medUtsatte !== undefined || krav.length > MAKS_VALGTE || !krav.every(gyldigId)) return null;
    return { type: "valgte", kravidentifikatorer: [...new Set(krav)] };
  }
  if (krav.length === 1) {
    const [k] = krav as [string];
    if (utvalg !== undefined || medUtsatte !== undefined || !gyldigId(k) || (forfall !== undefined && !gyldigId(forfall))) return null;
    return forfall !== undefined ? { type: "krav", kravidentifikator: k, kravforfallsIdentifikator: forfall } : { type: "krav", kravidentifikator: k };
  }
  if (forfall !== undefined) return null;
  const utsatte = medUtsatte === "1" ? { medUtsatte: true } : {};
  if (utvalg === undefined || utvalg === "forfalte") return { type: "forfalte", ...utsatte };
  if (utvalg === "fremtidige") return medUtsatte === undefined ? { type: "fremtidige" } : null;
  if (utvalg === "innen") {
    const tilOgMed = parseDatoInput(get("tilOgMed") ?? "");
    return tilOgMed ? { type: "innen", tilOgMed, ...utsatte } : null;
  }
  return null;
}

function velgForfall(krav: Krav, u: Utvalg, iDag: string): Kravforfall[] {
  const aapne = krav.forfall.filter((f) => f.gjenstaaendeBeloep > 0);
  switch (u.type) {
    case "krav":
      return u.kravforfallsIdentifikator ? aapne.filter((f) => f.kravforfallsIdentifikator === u.kravforfallsIdentifikator) : aapne;
    case "valgte":
      return aapne;
    // postponed due dates (utsattIverksettelse) are left out unless asked for: erForfalt leaves them out, and so does this
    case "forfalte":
      return aapne.filter((f) => (u.medUtsatte || !f.utsattIverksettelse) && f.forfallsdato < iDag);
    case "fremtidige":
      return aapne.filter((f) => !f.utsattIverksettelse && !erForfalt(f, iDag));
    case "innen":
      return aapne.filter((f) => (u.medUtsatte || !f.utsattIverksettelse) && f.forfallsdato <= u.tilOgMed);
  }
}

const oere = (n: number) => Math.round(n * 100);
/** One collator for the sort: localeCompare with a locale makes a new one per call (slow for Storvik's 5 200 lines). */
const nbSortering = new Intl.Collator("nb");

/** One line per claim and KID, in due-date order; claims of the selection only. */
export function lagBetaling(aapne: Pick<AapneKrav, "krav">, u: Utvalg, iDag: string): Betaling {
  const valgte = u.type === "valgte" ? new Set(u.kravidentifikatorer) : null;
  const kravene =
    u.type === "krav" ? aapne.krav.filter((k) => k.kravidentifikator === u.kravidentifikator) : valgte ? aapne.krav.filter((k) => valgte.has(k.kravidentifikator)) : aapne.krav;
  const linjer: Betalingslinje[] = [];
  for (const krav of kravene) {
    const perKid = new Map<string, Kravforfall[]>();
    for (const f of velgForfall(krav, u, iDag)) {
      const noekkel = f.betalingsinformasjon?.kid ?? "";
      const liste = perKid.get(noekkel);
      if (liste) liste.push(f);
      else perKid.set(noekkel, [f]);
    }
    let foerste = true;
    for (const forfall of perKid.values()) {
      const info = forfall[0]!.betalingsinformasjon;
      linjer.push({
        kravidentifikator: krav.kravidentifikator,
        beskrivelse: krav.beskrivelse,
        periode: krav.periode,
        kravgruppe: krav.kravgruppe,
        beloep: forfall.reduce((s, f) => s + oere(f.gjenstaaendeBeloep), 0) / 100,
        kontonummer: info?.kontonummer ?? null,
        kid: info?.kid ?? null,
        iban: info?.iban ?? null,
        swiftBIC: info?.swiftBIC ?? null,
        bankinformasjon: info?.bankinformasjon ?? null,
        forfallsdato: forfall.map((f) => f.forfallsdato).sort()[0]!,
        forfall,
        stipulerteRenter: foerste ? krav.stipulerteRenter : 0,
      });
      foerste = false;
    }
  }
  linjer.sort((a, b) => a.forfallsdato.localeCompare(b.forfallsdato) || nbSortering.compare(a.beskrivelse, b.beskrivelse));
  return { utvalg: u, linjer, sum: linjer.reduce((s, l) => s + oere(l.beloep), 0) / 100 };
}

/** Every coming unpaid due date (today or later), in date order: the calendar's events. */
export type KommendeForfall = { krav: Krav; forfall: Kravforfall };

export function kommendeForfall(aapne: Pick<AapneKrav, "krav">, iDag: string): KommendeForfall[] {
  const ut: KommendeForfall[] = [];
  for (const krav of aapne.krav) for (const f of krav.forfall) if (f.gjenstaaendeBeloep > 0 && !f.utsattIverksettelse && f.forfallsdato >= iDag) ut.push({ krav, forfall: f });
  return ut.sort((a, b) => a.forfall.forfallsdato.localeCompare(b.forfall.forfallsdato));
}
