import { parseIsoDato, tilIsoDato, type IsoDato } from "@/lib/dato";

/**
 * Norwegian banking days: Monday to Friday except the public holidays (helligdager and 1 and
 * 17 May), for the payment file's default execution date. Pure.
 */

function paaskedag(aar: number): Date {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = aar % 19, b = Math.floor(aar / 100), c = aar % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maaned = Math.floor((h + l - 7 * m + 114) / 31), dag = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(aar, maaned - 1, dag);
}

const pluss = (d: Date, dager: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + dager);

export function helligdager(aar: number): Set<IsoDato> {
  const p = paaskedag(aar);
  const faste = ["01-01", "05-01", "05-17", "12-25", "12-26"].map((md) => `${aar}-${md}`);
  const flytende = [-3, -2, 0, 1, 39, 49, 50].map((n) => tilIsoDato(pluss(p, n)));
  return new Set([...faste, ...flytende]);
}

export function erBankdag(dato: IsoDato): boolean {
  const d = parseIsoDato(dato);
  if (!d) return false;
  const ukedag = d.getDay();
  return ukedag !== 0 && ukedag !== 6 && !helligdager(d.getFullYear()).has(dato);
}

/** The date itself when it is a banking day, else the next one. */
export function bankdagFraOgMed(dato: IsoDato): IsoDato {
  let d = parseIsoDato(dato);
  if (!d) throw new Error(`ugyldig dato: ${dato}`);
  while (!erBankdag(tilIsoDato(d))) d = pluss(d, 1);
  return tilIsoDato(d);
}
