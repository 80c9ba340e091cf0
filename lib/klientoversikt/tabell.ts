import { addDays, parseISO } from "date-fns";
import { tilIsoDato } from "@/lib/dato";
import { sorter, type Retning, type Sortering } from "@/lib/krav-visning/sortering";
import { normaliser, soekegrunnlag, treffer } from "@/lib/krav-visning/soek";
import type { KlientSammendrag } from "./sammendrag";

/**
 * The klientoversikt's table as pure functions: its URL state, filtering, sorting and totals.
 * The page (in the browser) and the export route (on the server) both use these, so the file
 * holds the rows the screen shows, in the same order.
 *
 *   /klienter?sorter=forfalte&retning=synkende&bareForfalte=1&innen14=1&sok=bygg
 */

export const KLIENT_KOLONNER = ["navn", "orgnr", "forfalte", "fremtidige", "renter", "saldo", "nesteForfall", "uplasserte"] as const;
export type KlientKolonne = (typeof KLIENT_KOLONNER)[number];

/** Largest overdue first. */
export const KLIENT_STANDARD: Sortering<KlientKolonne> = { kolonne: "forfalte", retning: "synkende" };
/** "forfaller innen 14 dager": the next due date is today or within the next 14 days. */
export const INNEN_DAGER = 14;

export type KlientTilstand = {
  sortering: Sortering<KlientKolonne>;
  bareForfalte: boolean;
  innen14: boolean;
  sok: string;
};

export type Parametre = { get(name: string): string | null | undefined };

const erKolonne = (v: string | null | undefined): v is KlientKolonne => KLIENT_KOLONNER.includes(v as KlientKolonne);
const sant = (v: string | null | undefined) => v === "1" || v === "true" || v === "ja";

/** Reads the state from the URL; anything unknown falls back to the default, never an error. */
export function lesKlientTilstand(p: Parametre): KlientTilstand {
  const kolonne = p.get("sorter");
  const retning: Retning | null = p.get("retning") === "synkende" ? "synkende" : p.get("retning") === "stigende" ? "stigende" : null;
  const sortering: Sortering<KlientKolonne> = erKolonne(kolonne)
    ? { kolonne, retning: retning ?? "stigende" }
    : { kolonne: KLIENT_STANDARD.kolonne, retning: retning ?? KLIENT_STANDARD.retning };
  return { sortering, bareForfalte: sant(p.get("bareForfalte")), innen14: sant(p.get("innen14")), sok: (p.get("sok") ?? "").slice(0, 200) };
}

/** The state as query parameters, defaults left out (so the plain /klienter is the default view). */
export function klientTilstandTilParametre(t: KlientTilstand): URLSearchParams {
  const p = new URLSearchParams();
  const { kolonne, retning } = t.sortering;
  if (kolonne !== KLIENT_STANDARD.kolonne || retning !== KLIENT_STANDARD.retning) {
    p.set("sorter", kolonne);
    p.set("retning", retning);
  }
  if (t.bareForfalte) p.set("bareForfalte", "1");
  if (t.innen14) p.set("innen14", "1");
  if (t.sok.trim()) p.set("sok", t.sok.trim());
  return p;
}

/** Clicking a column: a new column sorts with its natural direction (amounts largest first), the same column flips. */
export function nesteKlientSortering(naa: Sortering<KlientKolonne>, kolonne: KlientKolonne): Sortering<KlientKolonne> {
  if (naa.kolonne !== kolonne) return { kolonne, retning: kolonne === "navn" || kolonne === "orgnr" || kolonne === "nesteForfall" ? "stigende" : "synkende" };
  return { kolonne, retning: naa.retning === "stigende" ? "synkende" : "stigende" };
}

/** A client as the table knows it: from the session (name, number) and, once fetched, its summary. */
export type KlientGrunnlag = { orgnr: string; navn: string; sammendrag: KlientSammendrag | null };

const VERDI: Record<KlientKolonne, (k: KlientGrunnlag) => string | number | null> = {
  navn: (k) => k.navn,
  orgnr: (k) => k.orgnr,
  forfalte: (k) => k.sammendrag?.forfalte.sum ?? null,
  fremtidige: (k) => k.sammendrag?.fremtidige.sum ?? null,
  renter: (k) => k.sammendrag?.renter ?? null,
  saldo: (k) => k.sammendrag?.saldo ?? null,
  nesteForfall: (k) => k.sammendrag?.nesteForfall?.dato ?? null,
  uplasserte: (k) => k.sammendrag?.uplasserte ?? null,
};

/** Digits (spaces allowed, "315 900 034") search the number as one; anything else every word in name and number. */
function treffSok(k: KlientGrunnlag, sok: string): boolean {
  const siffer = sok.replace(/[\s.]/g, "");
  if (/^\d+$/.test(siffer)) return k.orgnr.includes(siffer) || treffer(normaliser(k.navn), sok);
  return treffer(soekegrunnlag([k.navn, k.orgnr]), sok);
}

export function sisteDagInnen(iDag: string, dager = INNEN_DAGER): string {
  return tilIsoDato(addDays(parseISO(iDag), dager));
}

/**
 * The filters. A client we have no figures for yet (still loading, or failed) stays in the
 * list under the overdue filters: we do not know it is not overdue, and a failed row needs
 * attention. The free text always applies (name and number are known from the start).
 */
export function filtrerKlienter<K extends KlientGrunnlag>(klienter: readonly K[], t: KlientTilstand, iDag: string): K[] {
  const sok = t.sok.trim();
  const grense = sisteDagInnen(iDag);
  return klienter.filter((k) => {
    if (sok && !treffSok(k, sok)) return false;
    const s = k.sammendrag;
    if (!s) return true;
    if (t.bareForfalte && !(s.forfalte.sum > 0)) return false;
    if (t.innen14 && !(s.nesteForfall && s.nesteForfall.dato <= grense)) return false;
    return true;
  });
}

export function sorterKlienter<K extends KlientGrunnlag>(klienter: readonly K[], s: Sortering<KlientKolonne>): K[] {
  // Ties (and the many clients with nothing overdue) keep name order.
  const etterNavn = sorter(klienter, VERDI.navn, "stigende");
  return s.kolonne === "navn" ? sorter(klienter, VERDI.navn, s.retning) : sorter(etterNavn, VERDI[s.kolonne], s.retning);
}

export function visKlienter<K extends KlientGrunnlag>(klienter: readonly K[], t: KlientTilstand, iDag: string): K[] {
  return sorterKlienter(filtrerKlienter(klienter, t, iDag), t.sortering);
}

export type KlientTotaler = {
  /** Clients in the (filtered) list, and how many of them the totals include. */
  antallKlienter: number;
  medTall: number;
  forfalte: { sum: number; antall: number };
  fremtidige: { sum: number; antall: number };
  renter: number;
  saldo: number;
  uplasserte: number;
  /** Clients with something overdue. */
  klienterMedForfalte: number;
};

const kr = (v: number): number => {
  const r = Math.round(v * 100) / 100;
  return r === 0 ? 0 : r;
};

export function summerKlienter(klienter: readonly KlientGrunnlag[]): KlientTotaler {
  const t: KlientTotaler = {
    antallKlienter: klienter.length,
    medTall: 0,
    forfalte: { sum: 0, antall: 0 },
    fremtidige: { sum: 0, antall: 0 },
    renter: 0,
    saldo: 0,
    uplasserte: 0,
    klienterMedForfalte: 0,
  };
  for (const { sammendrag: s } of klienter) {
    if (!s) continue;
    t.medTall++;
    t.forfalte.sum += s.forfalte.sum;
    t.forfalte.antall += s.forfalte.antall;
    t.fremtidige.sum += s.fremtidige.sum;
    t.fremtidige.antall += s.fremtidige.antall;
    t.renter += s.renter;
    t.saldo += s.saldo;
    t.uplasserte += s.uplasserte;
    if (s.forfalte.sum > 0) t.klienterMedForfalte++;
  }
  return {
    ...t,
    forfalte: { sum: kr(t.forfalte.sum), antall: t.forfalte.antall },
    fremtidige: { sum: kr(t.fremtidige.sum), antall: t.fremtidige.antall },
    renter: kr(t.renter),
    saldo: kr(t.saldo),
    uplasserte: kr(t.uplasserte),
  };
}
