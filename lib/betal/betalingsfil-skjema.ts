import { addDays, addYears, isWeekend } from "date-fns";
import { parseIsoDato, tilIsoDato, type IsoDato } from "@/lib/dato";
import { erGyldigKontonummer } from "@/lib/identifikator";
import { parseDatoInput } from "@/lib/kontoutskrift/periode";

/**
 * The payment file's form: the payer's account (typed by the user, checked with mod 11) and the
 * requested execution date (today or a later weekday, at most a year ahead). Pure, and the same
 * rules in the browser (before posting) and in the route (which never trusts the browser).
 */

export type SkjemaFelt = "fraKonto" | "betalingsdato" | "valg";
export type SkjemaFeilkode = "kontoTom" | "kontoTegn" | "kontoLengde" | "kontoKontrollsiffer" | "datoTom" | "datoUgyldig" | "datoFoerIDag" | "datoHelg" | "datoForSent" | "ingenValgt";
export type SkjemaFeil = { felt: SkjemaFelt; kode: SkjemaFeilkode };

/** `valgte`: the lines ticked in the form's list (null when the form had no list: every line). */
export type BetalingsfilSkjema = { ok: true; kontonummer: string; utfoerelsesdato: IsoDato; valgte: ReadonlySet<string> | null } | { ok: false; feil: SkjemaFeil[] };

/** A payment line's key in the form's list of claims: the claim and its KID. */
export const linjeNoekkel = (l: { kravidentifikator: string; kid: string | null }) => `${l.kravidentifikator}:${l.kid ?? ""}`;

/** How far ahead a bank takes a requested execution date (most take a year). */
export const MAKS_AAR_FRAM = 1;

/** "1503 20 80119", "1503.20.80119" -> "15032080119": spaces and dots as people write them are allowed. */
export const vaskKonto = (s: string) => s.replace(/[\s.\u00a0]/g, "");

export function sjekkKonto(input: string | undefined): SkjemaFeilkode | null {
  const konto = vaskKonto(input ?? "");
  if (konto === "") return "kontoTom";
  if (!/^\d+$/.test(konto)) return "kontoTegn";
  if (konto.length !== 11) return "kontoLengde";
  return erGyldigKontonummer(konto) ? null : "kontoKontrollsiffer";
}

export function sisteUtfoerelsesdato(iDag: IsoDato): IsoDato {
  return tilIsoDato(addYears(parseIsoDato(iDag)!, MAKS_AAR_FRAM));
}

export function sjekkDato(input: string | undefined, iDag: IsoDato): SkjemaFeilkode | null {
  if (!input?.trim()) return "datoTom";
  const dato = parseDatoInput(input);
  if (!dato) return "datoUgyldig";
  if (dato < iDag) return "datoFoerIDag";
  if (dato > sisteUtfoerelsesdato(iDag)) return "datoForSent";
  return isWeekend(parseIsoDato(dato)!) ? "datoHelg" : null;
}

/** Today, or the next weekday when today is a Saturday or Sunday. */
export function standardUtfoerelsesdato(iDag: IsoDato): IsoDato {
  let d = parseIsoDato(iDag)!;
  while (isWeekend(d)) d = addDays(d, 1);
  return tilIsoDato(d);
}

export function lesBetalingsfilSkjema(input: { fraKonto?: string; betalingsdato?: string; valgte?: readonly string[] | null }, iDag: IsoDato): BetalingsfilSkjema {
  const feil: SkjemaFeil[] = [];
  if (input.valgte && input.valgte.length === 0) feil.push({ felt: "valg", kode: "ingenValgt" });
  const konto = sjekkKonto(input.fraKonto);
  if (konto) feil.push({ felt: "fraKonto", kode: konto });
  const dato = sjekkDato(input.betalingsdato, iDag);
  if (dato) feil.push({ felt: "betalingsdato", kode: dato });
  if (feil.length > 0) return { ok: false, feil };
  return { ok: true, kontonummer: vaskKonto(input.fraKonto!), utfoerelsesdato: parseDatoInput(input.betalingsdato!)!, valgte: input.valgte ? new Set(input.valgte) : null };
}
