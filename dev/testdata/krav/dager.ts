/**
 * Dates as whole days since 1970-01-01 (UTC): fast arithmetic for the generators, ISO strings
 * (`YYYY-MM-DD`) at the edges.
 */

const MS_PER_DAY = 86_400_000;

export function dag(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round(Date.UTC(y!, m! - 1, d!) / MS_PER_DAY);
}

export function iso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dato(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function aarAv(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Moves a date off a weekend to the next Monday (due dates do that). */
export function virkedag(day: number): number {
  const weekday = new Date(day * MS_PER_DAY).getUTCDay();
  return weekday === 6 ? day + 2 : weekday === 0 ? day + 1 : day;
}

/** Same day in a month `n` months later (clamped to the month's last day). */
export function leggTilMaaneder(day: number, n: number): number {
  const d = new Date(day * MS_PER_DAY);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return dato(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(d.getUTCDate(), last));
}
