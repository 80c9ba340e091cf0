"use client";

import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { lagSamlehenter } from "@/lib/klientoversikt/samlehenter";
import type { KlientGrunnlag } from "@/lib/klientoversikt/tabell";
import { tilFeilInfo, type FeilInfo } from "@/lib/krav-visning/feil";

export type Klient = { orgnr: string; navn: string };

/** A row's state: its figures once fetched, or why not, and a way to ask again. */
export type KlientRad = KlientGrunnlag & {
  status: "henter" | "ok" | "feil";
  feil: FeilInfo | null;
  proever: boolean;
  proevIgjen: () => void;
};

/**
 * One query per client; the rows asked for together go in one streamed request (see
 * lib/klientoversikt/samlehenter.ts), paced by the server's limiter on the API, page requests
 * first. react-query caches each client's answer for its staleTime. No automatic retries: the
 * server's API client has already retried what was worth it, and each failed row has its own
 * "Prøv igjen".
 */
export function useKlientSammendrag(klienter: readonly Klient[]): KlientRad[] {
  const [samler] = useState(() => lagSamlehenter());
  const svar = useQueries({
    queries: klienter.map((k) => ({
      queryKey: ["klientsammendrag", k.orgnr] as const,
      queryFn: () => samler.hent(k.orgnr),
      retry: false,
      staleTime: 30_000,
    })),
  });
  return klienter.map((k, i) => {
    const q = svar[i]!;
    const status = q.isError ? "feil" : q.isSuccess ? "ok" : "henter";
    return {
      orgnr: k.orgnr,
      navn: k.navn,
      sammendrag: q.data ?? null,
      status,
      feil: q.isError ? tilFeilInfo(q.error) : null,
      proever: q.isError && q.isFetching,
      proevIgjen: () => void q.refetch(),
    };
  });
}
