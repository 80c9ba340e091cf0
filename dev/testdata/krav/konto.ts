import { luhnCheckDigit } from "../../../lib/identifikator";
import type { Rng } from "./prng";

/** Norwegian account numbers (11 digits, MOD11), IBAN (mod 97), KID (MOD10) and masking. */

const KONTO_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** The account number for ten digits, or null where no check digit exists. */
export function medKontoKontrollsiffer(first10: string): string | null {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(first10[i]) * KONTO_WEIGHTS[i]!;
  const rest = 11 - (sum % 11);
  if (rest === 10) return null;
  return `${first10}${rest === 11 ? 0 : rest}`;
}

export function erGyldigKontonummer(value: string): boolean {
  return /^\d{11}$/.test(value) && medKontoKontrollsiffer(value.slice(0, 10)) === value;
}

export function iban(kontonummer: string): string {
  // NO + check digits + BBAN; check = 98 - (BBAN + "NO00" as digits) mod 97
  const numeric = `${kontonummer}2324` + "00"; // N=23, O=24
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return `NO${String(98 - rest).padStart(2, "0")}${kontonummer}`;
}

export function erGyldigIban(value: string): boolean {
  const rearranged = value.slice(4) + value.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const digits = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

export function kid(body: string): string {
  return `${body}${luhnCheckDigit(body)}`;
}

/** "12345678901" -> "******78901": how the API shows a payer's account. */
export function maskert(kontonummer: string): string {
  return `******${kontonummer.slice(-5)}`;
}

export function tilfeldigKontonummer(rng: Rng, bank = "1503"): string {
  for (;;) {
    const nr = medKontoKontrollsiffer(`${bank}${rng.digits(6)}`);
    if (nr) return nr;
  }
}

export type Mottakerkonto = { kontonummer: string; iban: string; swiftBIC: string; bankinformasjon: string };

function skatteetatenKonto(first10: string): Mottakerkonto {
  const nr = medKontoKontrollsiffer(first10);
  if (!nr) throw new Error(`no account number for ${first10}`);
  return { kontonummer: nr, iban: iban(nr), swiftBIC: "DNBANOKKXXX", bankinformasjon: "DNB Bank ASA, Postboks 1600 Sentrum, 0021 Oslo" };
}

/**
 * Skatteetaten's receiving accounts in the stand-in: synthetic (valid MOD11), one per area,
 * as Skatteetaten uses different accounts for tax, VAT and employer's duties.
 */
export const SKATTEETATEN_KONTO = {
  skatt: skatteetatenKonto("7694051234"),
  merverdiavgift: skatteetatenKonto("7694051256"),
  arbeidsgiver: skatteetatenKonto("7694051278"),
  saeravgift: skatteetatenKonto("7694051290"),
  andre: skatteetatenKonto("7694051311"),
} as const;

/** A valid account number that starts with `bank` (4 digits) and ends with `slutt` (5 digits). */
export function kontonummerSomSlutterPaa(bank: string, slutt: string): string {
  for (let mid = 0; mid < 100; mid++) {
    const nr = medKontoKontrollsiffer(`${bank}${String(mid).padStart(2, "0")}${slutt.slice(0, 4)}`);
    if (nr && nr.endsWith(slutt)) return nr;
  }
  throw new Error(`no account number ${bank}..${slutt}`);
}
