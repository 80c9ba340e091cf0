"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { OversiktTilstand } from "@/lib/krav-visning/tilstand";
import { hentListe, listeNoekkel, type Liste, type ListeData } from "./queries";

/**
 * One list of the overview through react-query. The API client already retries what is worth
 * retrying, so the browser does not; an error hydrated from the server is shown, not refetched,
 * until the user asks to try again. The previous page stays on screen while the next loads.
 */
export function useListe<L extends Liste>(orgnr: string, liste: L, tilstand: OversiktTilstand, enabled = true) {
  return useQuery<ListeData[L]>({
    queryKey: listeNoekkel(orgnr, liste, tilstand),
    queryFn: ({ signal }) => hentListe(orgnr, liste, tilstand, signal),
    enabled,
    retry: false,
    retryOnMount: false,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === liste ? keepPreviousData(previous) : undefined),
  });
}
