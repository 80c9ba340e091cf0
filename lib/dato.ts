import { format, lightFormat } from "date-fns";
import { nb } from "date-fns/locale";

/**
 * The one place where dates are parsed and formatted. API dates are ISO `YYYY-MM-DD`.
 * Numeric formats use date-fns' lightFormat (no locale needed for dd.MM.yyyy, and it keeps
 * date-fns' default English locale out of the browser bundle); the long form uses nb.
 */

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

/** "2024-03-15" -> "15.03.2024" */
export function formatDato(value: IsoDato | Date): string {
  const d = typeof value === "string" ? parseIsoDato(value) : value;
  return d ? lightFormat(d, "dd.MM.yyyy") : String(value);
}

/** "15. mars 2024" */
export function formatDatoLang(value: IsoDato | Date): string {
  const d = typeof value === "string" ? parseIsoDato(value) : value;
  return d ? format(d, "d. MMMM yyyy", { locale: nb }) : String(value);
}

/** A Date as ISO date in local time. */
export function tilIsoDato(d: Date): IsoDato {
  return lightFormat(d, "yyyy-MM-dd");
}

/** Today in Norway as ISO date. */
export function iDag(now: Date = new Date()): IsoDato {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(now);
}
