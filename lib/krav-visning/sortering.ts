/** Sorting for the tables: stable, nulls last, text by Norwegian collation. */

export type Retning = "stigende" | "synkende";
export type Sortering<K extends string = string> = { kolonne: K; retning: Retning };

const collator = new Intl.Collator("nb", { numeric: true, sensitivity: "base" });

export function sorter<T>(items: readonly T[], verdi: (item: T) => string | number | null | undefined, retning: Retning): T[] {
  const fortegn = retning === "stigende" ? 1 : -1;
  const med = items.map((item, i) => ({ item, i, v: verdi(item) }));
  med.sort((a, b) => {
    const av = a.v;
    const bv = b.v;
    if (av == null || bv == null) {
      if (av == null && bv == null) return a.i - b.i;
      return av == null ? 1 : -1; // nulls last in both directions
    }
    const c = typeof av === "number" && typeof bv === "number" ? av - bv : collator.compare(String(av), String(bv));
    return c !== 0 ? c * fortegn : a.i - b.i;
  });
  return med.map((m) => m.item);
}

/** Aksel's Table speaks ascending/descending; the URL speaks Norwegian. */
export function tilAkselSort(s: Sortering): { orderBy: string; direction: "ascending" | "descending" } {
  return { orderBy: s.kolonne, direction: s.retning === "stigende" ? "ascending" : "descending" };
}

/** Clicking a column: a new column sorts ascending, the same column flips. */
export function nesteSortering<K extends string>(naa: Sortering<K>, kolonne: K): Sortering<K> {
  if (naa.kolonne !== kolonne) return { kolonne, retning: "stigende" };
  return { kolonne, retning: naa.retning === "stigende" ? "synkende" : "stigende" };
}
