import { format, lightFormat, type Locale } from "date-fns";
import { enGB, nb, nn } from "date-fns/locale";
import type { Spraak } from "@/lib/i18n/spraak";

/**
 * The one place where dates are parsed and formatted, per language. API dates are ISO
 * `YYYY-MM-DD`. Numeric formats use date-fns' lightFormat (dd.MM.yyyy in Norwegian, dd/MM/yyyy
 * in British English); the long form uses date-fns' nb, nn and en-GB locales.
 */

const DATE_FNS_LOCALE: Record<Spraak, Locale> = { nb, nn, en: enGB };
const KORT: Record<Spraak, string> = { nb: "dd.MM.yyyy", nn: "dd.MM.yyyy", en: "dd/MM/yyyy" };
const LANG: Record<Spraak, string> = { nb: "d. MMMM yyyy", nn: "d. MMMM yyyy", en: "d MMMM yyyy" };

export type IsoDato = string;

/** "2024-03-15" -> a local Date at midnight; null for anything else or an impossible date. */
export function parseIsoDato(value: IsoDato): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [aar, maaned, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(aar, maaned - 1, dag);
  d.setFullYear(aar); // years below 100 are not 19xx
  return d.getFullYear() === aar && d.getMonth() === maaned - 1 && d.getDate() === dag ? d : null;
}

/** "2024-03-15" -> "15.03.2024" (nb, nn), "15/03/2024" (en) */
export function formatDato(value: IsoDato | Date, spraak: Spraak = "nb"): string {
  const d = typeof value === "string" ? parseIsoDato(value) : value;
  return d ? lightFormat(d, KORT[spraak]) : String(value);
}

/** "15. mars 2024" (nb, nn), "15 March 2024" (en) */
export function formatDatoLang(value: IsoDato | Date, spraak: Spraak = "nb"): string {
  const d = typeof value === "string" ? parseIsoDato(value) : value;
  return d ? format(d, LANG[spraak], { locale: DATE_FNS_LOCALE[spraak] }) : String(value);
}

/** The month's name in the language ("mars", "March"), for charts and selects. */
export function formatMaaned(d: Date, spraak: Spraak = "nb"): string {
  return format(d, "LLLL", { locale: DATE_FNS_LOCALE[spraak] });
}

/** A Date as ISO date in local time. */
export function tilIsoDato(d: Date): IsoDato {
  return lightFormat(d, "yyyy-MM-dd");
}

/** Today in Norway as ISO date. */
export function iDag(now: Date = new Date()): IsoDato {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(now);
}
