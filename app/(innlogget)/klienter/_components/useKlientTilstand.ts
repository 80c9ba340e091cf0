"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { klientTilstandTilParametre, lesKlientTilstand, type KlientTilstand } from "@/lib/klientoversikt/tabell";

/** Filter and sort live in the URL, changed through the History API (no server round trip). */
export function useKlientTilstand() {
  const params = useSearchParams();
  const tilstand = useMemo(() => lesKlientTilstand(params), [params]);
  const endre = useCallback(
    (endring: Partial<KlientTilstand>, modus: "push" | "replace" = "push") => {
      const neste = klientTilstandTilParametre({ ...lesKlientTilstand(new URLSearchParams(window.location.search)), ...endring }).toString();
      const url = `${window.location.pathname}${neste ? `?${neste}` : ""}`;
      if (modus === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [],
  );
  return { tilstand, endre, query: klientTilstandTilParametre(tilstand).toString() };
}
