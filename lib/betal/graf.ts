import type { AapneKrav } from "@/lib/kravogbetalinger/model";
import { formatering } from "@/lib/i18n/formatering";
import { oversetter } from "@/lib/i18n/oversetter";
import type { Spraak } from "@/lib/i18n/spraak";

/**
 * What falls due: the unpaid amounts of the next 12 months (this month first) per month and
 * kravgruppe, with everything already overdue apart. Pure; sums in øre so they add up exactly.
 * Credits (negative remainders) and due dates after the 12 months are left out.
 */

export type Stolpe = {
  /** "forfalt" or the month as "YYYY-MM". */
  noekkel: string;
  perGruppe: Record<string, number>;
  sum: number;
};

export type Forfallsgraf = {
  /** The kravgrupper that have anything in the chart, by total amount (largest first). */
  grupper: string[];
  forfalt: Stolpe;
  maaneder: Stolpe[];
  sumKommende: number;
  /** The largest bar (for the scale). */
  maks: number;
};

function maanedFra(iDag: string, tillegg: number): string {
  const aar = Number(iDag.slice(0, 4));
  const mnd = Number(iDag.slice(5, 7)) - 1 + tillegg;
  return `${aar + Math.floor(mnd / 12)}-${String((mnd % 12) + 1).padStart(2, "0")}`;
}

export function lagForfallsgraf(aapne: Pick<AapneKrav, "krav">, iDag: string): Forfallsgraf {
  const maanedsnoekler = Array.from({ length: 12 }, (_, i) => maanedFra(iDag, i));
  const oere = new Map<string, Map<string, number>>([["forfalt", new Map()], ...maanedsnoekler.map((m) => [m, new Map<string, number>()] as const)]);
  const perGruppe = new Map<string, number>();
  for (const krav of aapne.krav) {
    for (const f of krav.forfall) {
      // postponed collection (utsattIverksettelse): nothing falls due, not even "overdue"
      if (f.gjenstaaendeBeloep <= 0 || f.utsattIverksettelse) continue;
      const noekkel = f.forfallsdato < iDag ? "forfalt" : f.forfallsdato.slice(0, 7);
      const stolpe = oere.get(noekkel);
      if (!stolpe) continue;
      const beloep = Math.round(f.gjenstaaendeBeloep * 100);
      stolpe.set(krav.kravgruppe, (stolpe.get(krav.kravgruppe) ?? 0) + beloep);
      perGruppe.set(krav.kravgruppe, (perGruppe.get(krav.kravgruppe) ?? 0) + beloep);
    }
  }
  const tilStolpe = (noekkel: string): Stolpe => {
    const m = oere.get(noekkel)!;
    const perGruppe: Record<string, number> = {};
    let sum = 0;
    for (const [g, v] of m) {
      perGruppe[g] = v / 100;
      sum += v;
    }
    return { noekkel, perGruppe, sum: sum / 100 };
  };
  const forfalt = tilStolpe("forfalt");
  const maaneder = maanedsnoekler.map(tilStolpe);
  const grupper = [...perGruppe.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "nb")).map(([g]) => g);
  return {
    grupper,
    forfalt,
    maaneder,
    sumKommende: Math.round(maaneder.reduce((s, m) => s + m.sum * 100, 0)) / 100,
    maks: Math.max(forfalt.sum, ...maaneder.map((m) => m.sum)),
  };
}

/**
 * Whether the chart says more than the list: only when at least two of the 12 months have
 * anything due (one bar over eleven empty months, or none, is better left to the list). The
 * overdue bar is no month.
 */
export function visesForfallsgraf(graf: Forfallsgraf): boolean {
  return graf.maaneder.filter((m) => m.sum > 0).length >= 2;
}

/** "forfalt" -> "Forfalt"; "2026-01" -> "januar 2026", or short "jan 26" (the year only in January); in the language. */
export function maanedsnavn(noekkel: string, spraak: Spraak, kort = false): string {
  if (noekkel === "forfalt") return oversetter(spraak, "betal")("graf.forfalt");
  const navn = formatering(spraak).maaned(new Date(Number(noekkel.slice(0, 4)), Number(noekkel.slice(5, 7)) - 1, 1));
  return kort ? `${navn.slice(0, 3)}${noekkel.endsWith("-01") ? ` ${noekkel.slice(2, 4)}` : ""}` : `${navn} ${noekkel.slice(0, 4)}`;
}
