import { format, parseISO, isValid } from "date-fns";
import { nb } from "date-fns/locale";

/** The one place where dates are parsed and formatted. API dates are ISO `YYYY-MM-DD`. */

export type IsoDato = string;

export function parseIsoDato(value: IsoDato): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = parseISO(value);
  return isValid(d) && format(d, "yyyy-MM-dd") === value ? d : null;
}

/** "2024-03-15" -> "15.03.2024" */
export function formatDato(value: IsoDato | Date): string {
  const d = typeof value === "string" ? parseIsoDato(value) : value;
  return d ? format(d, "dd.MM.yyyy", { locale: nb }) : String(value);
}

/** "15. mars 2024" */
export function formatDatoLang(value: IsoDato | Date): string {
  const d = typeof value === "string" ? parseIsoDato(value) : value;
  return d ? format(d, "d. MMMM yyyy", { locale: nb }) : String(value);
}

/** A Date as ISO date in local time. */
export function tilIsoDato(d: Date): IsoDato {
  return format(d, "yyyy-MM-dd");
}

/** Today in Norway as ISO date. */
export function iDag(now: Date = new Date()): IsoDato {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(now);
}
