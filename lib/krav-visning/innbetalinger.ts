import type { Innbetaling } from "@/lib/kravogbetalinger/model";
import { sorter, type Sortering } from "./sortering";

export type InnbetalingKolonne = "innbetalingsdato" | "innbetalingstype" | "innbetaltBeloep";
export const INNBETALING_KOLONNER: readonly InnbetalingKolonne[] = ["innbetalingsdato", "innbetalingstype", "innbetaltBeloep"];
export const INNBETALING_STANDARD: Sortering<InnbetalingKolonne> = { kolonne: "innbetalingsdato", retning: "synkende" };

const verdi: Record<InnbetalingKolonne, (i: Innbetaling) => string | number | null> = {
  innbetalingsdato: (i) => i.innbetalingsdato,
  innbetalingstype: (i) => i.innbetalingstype,
  innbetaltBeloep: (i) => i.innbetaltBeloep,
};

export function sorterInnbetalinger(innbetalinger: readonly Innbetaling[], s: Sortering<InnbetalingKolonne>): Innbetaling[] {
  return sorter(innbetalinger, verdi[s.kolonne], s.retning);
}

export function sumBeloep<T>(items: readonly T[], beloep: (t: T) => number): number {
  return Math.round(items.reduce((sum, t) => sum + beloep(t), 0) * 100) / 100;
}
