import type { Retning, Sortering } from "./sortering";

/**
 * What the overview shows, as it lives in the URL (so every state can be linked to and
 * survives reload and back/forward). Bad values never fail: they fall back to the default,
 * except a bad year, which the year field reports as an error.
 *
 *   ?fane=betalte&visning=innbetalinger&aar=2023&sorter=innbetaltBeloep&retning=synkende
 */

export const FANER = ["ubetalte", "betalte", "utbetalinger"] as const;
export type Fane = (typeof FANER)[number];

export const VISNINGER = { betalte: ["krav", "innbetalinger"], utbetalinger: ["utbetalinger", "tilgode"] } as const;
export type BetalteVisning = (typeof VISNINGER.betalte)[number];
export type UtbetalingerVisning = (typeof VISNINGER.utbetalinger)[number];

/** How many years back the year select offers (the current year included). */
export const ANTALL_AAR = 10;

export type OversiktTilstand = {
  fane: Fane;
  /** The chosen year; null when the URL's year is not one we offer (then `aarFeil` is set). */
  aar: number | null;
  aarFeil: string | null;
  betalteVisning: BetalteVisning;
  utbetalingerVisning: UtbetalingerVisning;
  /** Sort column and direction from the URL, unchecked: each table checks the column is its own. */
  sorter: string | null;
  retning: Retning;
  sok: string;
  side: number;
};

export type Parametre = { get(name: string): string | null | undefined };

/** Next's `searchParams` object as something with `get`. */
export function fraRecord(params: Record<string, string | string[] | undefined>): Parametre {
  return { get: (name) => (Array.isArray(params[name]) ? params[name][0] : params[name]) ?? null };
}

export function aarValg(iDag: string): number[] {
  const iAar = Number(iDag.slice(0, 4));
  return Array.from({ length: ANTALL_AAR }, (_, i) => iAar - i);
}

function velg<T extends string>(verdi: string | null | undefined, tillatte: readonly T[], standard: T): T {
  return verdi && (tillatte as readonly string[]).includes(verdi) ? (verdi as T) : standard;
}

export function lesTilstand(params: Parametre, iDag: string): OversiktTilstand {
  const valg = aarValg(iDag);
  const aarTekst = params.get("aar")?.trim();
  let aar: number | null = valg[0]!;
  let aarFeil: string | null = null;
  if (aarTekst) {
    const n = /^\d{4}$/.test(aarTekst) ? Number(aarTekst) : NaN;
    if (valg.includes(n)) aar = n;
    else {
      aar = null;
      aarFeil = aarTekst;
    }
  }
  const side = Number(params.get("side"));
  return {
    fane: velg(params.get("fane"), FANER, "ubetalte"),
    aar,
    aarFeil,
    betalteVisning: velg(params.get("visning"), VISNINGER.betalte, "krav"),
    utbetalingerVisning: velg(params.get("visning"), VISNINGER.utbetalinger, "utbetalinger"),
    sorter: params.get("sorter") || null,
    retning: params.get("retning") === "synkende" ? "synkende" : "stigende",
    sok: (params.get("sok") ?? "").slice(0, 200),
    side: Number.isInteger(side) && side > 1 ? side : 1,
  };
}

/** The sort a table uses: the URL's when the column is one of the table's, else the table's default. */
export function gjeldendeSortering<K extends string>(t: OversiktTilstand, kolonner: readonly K[], standard: Sortering<K>): Sortering<K> {
  return t.sorter && (kolonner as readonly string[]).includes(t.sorter) ? { kolonne: t.sorter as K, retning: t.retning } : standard;
}

export type Endring = Partial<{
  fane: Fane;
  aar: number;
  visning: string;
  sortering: Sortering | null;
  sok: string;
  side: number;
}>;

/**
 * The query string after a change. Changing tab, view or year resets sort, search and page
 * (they belong to the table that was shown); defaults are left out to keep links short.
 */
export function medEndring(params: URLSearchParams, endring: Endring): string {
  const ny = new URLSearchParams(params);
  const sett = (k: string, v: string | null) => (v === null || v === "" ? ny.delete(k) : ny.set(k, v));
  const nullstillTabell = () => ["sorter", "retning", "sok", "side"].forEach((k) => ny.delete(k));
  if (endring.fane !== undefined) {
    sett("fane", endring.fane === "ubetalte" ? null : endring.fane);
    ny.delete("visning");
    nullstillTabell();
  }
  if (endring.visning !== undefined) {
    sett("visning", endring.visning);
    nullstillTabell();
  }
  if (endring.aar !== undefined) {
    sett("aar", String(endring.aar));
    ny.delete("side");
  }
  if (endring.sortering !== undefined) {
    sett("sorter", endring.sortering?.kolonne ?? null);
    sett("retning", endring.sortering?.retning === "synkende" ? "synkende" : null);
    ny.delete("side");
  }
  if (endring.sok !== undefined) {
    sett("sok", endring.sok.trim() ? endring.sok : null);
    ny.delete("side");
  }
  if (endring.side !== undefined) sett("side", endring.side > 1 ? String(endring.side) : null);
  const s = ny.toString();
  return s ? `?${s}` : "";
}
