import { INTL_LOCALE, type Spraak } from "@/lib/i18n/spraak";

/**
 * The one place where amounts and identifiers are formatted for display, per language
 * (nb-NO, nn-NO, en-GB). A plain hyphen for minus, non-breaking spaces inside numbers.
 */

const NBSP = "\u00a0";
const tallFormater = new Map<string, Intl.NumberFormat>();

function tallFormat(spraak: Spraak, desimaler: number): Intl.NumberFormat {
  const noekkel = `${spraak}:${desimaler}`;
  let f = tallFormater.get(noekkel);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[spraak], { minimumFractionDigits: desimaler, maximumFractionDigits: desimaler });
    tallFormater.set(noekkel, f);
  }
  return f;
}

/** A number with a fixed count of decimals: 12.5 -> "12,50" (nb, nn), "12.50" (en); 2.25 MB with 1 -> "2,3". */
export function formatTall(value: number, spraak: Spraak = "nb", desimaler = 2): string {
  return tallFormat(spraak, desimaler)
    .format(value)
    .replace(/[\u2212\u2012\u2013]/g, "-")
    .replace(/[\u202f ]/g, NBSP);
}

/** 448600 -> "448 600,00" (nb, nn; non-breaking spaces, hyphen-minus), "448,600.00" (en). */
export function formatBeloep(value: number, spraak: Spraak = "nb"): string {
  return formatTall(value, spraak, 2);
}

/** 448600 -> "448 600,00 kroner" (nb, nn), "NOK 448,600.00" (en). */
export function formatKroner(value: number, spraak: Spraak = "nb"): string {
  return spraak === "en" ? `NOK${NBSP}${formatBeloep(value, spraak)}` : `${formatBeloep(value, spraak)}${NBSP}kroner`;
}

/** "313367002" -> "313 367 002" */
export function formatOrgnr(orgnr: string): string {
  return /^\d{9}$/.test(orgnr) ? `${orgnr.slice(0, 3)}${NBSP}${orgnr.slice(3, 6)}${NBSP}${orgnr.slice(6)}` : orgnr;
}

/** "63450618888" -> "6345 06 18888"; masked numbers ("******43210") are shown as given. */
export function formatKontonummer(kontonummer: string): string {
  return /^\d{11}$/.test(kontonummer)
    ? `${kontonummer.slice(0, 4)}${NBSP}${kontonummer.slice(4, 6)}${NBSP}${kontonummer.slice(6)}`
    : kontonummer;
}

/** Shows only the last digits of an account number: "xxxxxx18888". */
export function maskKontonummer(kontonummer: string, visible = 5): string {
  const digits = kontonummer.replace(/\s|\./g, "");
  if (!/^\d+$/.test(digits)) return kontonummer;
  return "x".repeat(Math.max(0, digits.length - visible)) + digits.slice(-visible);
}

/** "NO9386011117947" -> "NO93 8601 1117 947" (groups of four, as printed on invoices). */
export function formatIban(iban: string): string {
  const compact = iban.replace(/\s/g, "").toUpperCase();
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact) ? (compact.match(/.{1,4}/g) ?? [compact]).join(NBSP) : iban;
}

/**
 * An account number the user may see only in part: a full number is masked to its last five
 * digits, one the API already masked ("******43210") keeps its digits with x for the hidden ones.
 */
export function formatKontoMaskert(kontonummer: string): string {
  const compact = kontonummer.replace(/\s|\./g, "");
  if (/^\d+$/.test(compact)) return maskKontonummer(compact);
  return /^[*xX]+\d+$/.test(compact) ? compact.replace(/[*X]/g, "x") : kontonummer;
}
