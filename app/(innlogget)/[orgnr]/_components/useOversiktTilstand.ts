"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { lesTilstand, medEndring, type Endring } from "@/lib/krav-visning/tilstand";

/**
 * The overview's state lives in the URL. Changes go through the History API, which Next keeps
 * in step with useSearchParams: no server round trip, and back/forward and reload just work.
 */
export function useOversiktTilstand(iDag: string) {
  const params = useSearchParams();
  const tilstand = useMemo(() => lesTilstand(params, iDag), [params, iDag]);
  const endre = useCallback((endring: Endring, modus: "push" | "replace" = "push") => {
    const url = `${window.location.pathname}${medEndring(new URLSearchParams(window.location.search), endring)}`;
    if (modus === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, []);
  return { tilstand, endre };
}
