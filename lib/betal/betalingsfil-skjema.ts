import { parseIsoDato, type IsoDato } from "@/lib/dato";
import { erGyldigKontonummer } from "@/lib/identifikator";
import { parseDatoInput } from "@/lib/kontoutskrift/periode";
import { bankdagFraOgMed } from "./bankdag";

/**
 * The payment file form's rules, shared by the form (in the browser) and the route (on the
 * server): the payer's account (11 digits, mod 11) and the execution date (as typed in the
 * page's language or ISO; today up to a year ahead; empty means the default). Pure.
 */

/** The form's input: the payer's account (mod 11) and the execution date (today up to a year ahead). */
export type SkjemaFeil = "kontoMangler" | "kontoFormat" | "kontoKontrollsiffer" | "datoUgyldig" | "datoPassert" | "datoForLangt";
export type Skjema = { ok: true; kontonummer: string; utfoerelsesdato: IsoDato } | { ok: false; feil: { felt: "fraKonto" | "betalingsdato"; kode: SkjemaFeil }[] };

/** The default execution date: today, or the next banking day. */
export const standardUtfoerelsesdato = (iDag: IsoDato) => bankdagFraOgMed(iDag);

export function lesBetalingsfilSkjema(verdier: { fraKonto?: string | null; betalingsdato?: string | null }, iDag: IsoDato): Skjema {
  const feil: { felt: "fraKonto" | "betalingsdato"; kode: SkjemaFeil }[] = [];
  const konto = (verdier.fraKonto ?? "").replace(/[\s.]/g, "");
  if (!konto) feil.push({ felt: "fraKonto", kode: "kontoMangler" });
  else if (!/^\d{11}$/.test(konto)) feil.push({ felt: "fraKonto", kode: "kontoFormat" });
  else if (!erGyldigKontonummer(konto)) feil.push({ felt: "fraKonto", kode: "kontoKontrollsiffer" });
  const typet = (verdier.betalingsdato ?? "").trim();
  const dato = typet ? parseDatoInput(typet) : standardUtfoerelsesdato(iDag);
  const d = dato ? parseIsoDato(dato) : null;
  if (!dato || !d) feil.push({ felt: "betalingsdato", kode: "datoUgyldig" });
  else if (dato < iDag) feil.push({ felt: "betalingsdato", kode: "datoPassert" });
  else {
    const grense = parseIsoDato(iDag)!;
    grense.setFullYear(grense.getFullYear() + 1);
    if (d > grense) feil.push({ felt: "betalingsdato", kode: "datoForLangt" });
  }
  return feil.length > 0 ? { ok: false, feil } : { ok: true, kontonummer: konto, utfoerelsesdato: dato! };
}
