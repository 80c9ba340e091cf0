"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { tilSpraak } from "@/lib/i18n/spraak";
import type { OversiktTilstand } from "@/lib/krav-visning/tilstand";
import { hentListe, listeNoekkel, type Liste, type ListeData } from "./queries";

type Noekkel = ReturnType<typeof listeNoekkel>;

/**
 * One list of the overview through react-query. The API client already retries what is worth
 * retrying, so the browser does not; an error hydrated from the server is shown, not refetched,
 * until the user asks to try again. While another page or sort order of the same list and year
 * loads, the rows on screen stay; a new year or view shows the skeleton instead.
 */
export function useListe<L extends Liste>(orgnr: string, liste: L, tilstand: OversiktTilstand, enabled = true) {
  const queryKey = listeNoekkel(orgnr, liste, tilstand, tilSpraak(useLocale()));
  return useQuery<ListeData[L]>({
    queryKey,
    queryFn: ({ signal }) => hentListe(orgnr, liste, tilstand, signal),
    enabled,
    retry: false,
    retryOnMount: false,
    placeholderData: (previous, previousQuery) => {
      const forrige = previousQuery?.queryKey as Noekkel | undefined;
      return forrige?.[2] === liste && forrige[3].aar === queryKey[3].aar ? keepPreviousData(previous) : undefined;
    },
  });
}
