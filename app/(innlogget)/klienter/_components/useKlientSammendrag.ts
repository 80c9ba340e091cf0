"use client";

import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { lagKoe, STANDARD_SAMTIDIGHET } from "@/lib/klientoversikt/koe";
import type { KlientSammendrag } from "@/lib/klientoversikt/sammendrag";
import type { KlientGrunnlag } from "@/lib/klientoversikt/tabell";
import { hentFeilFraSvar, tilFeilInfo, type FeilInfo } from "@/lib/krav-visning/feil";

export type Klient = { orgnr: string; navn: string };

/** A row's state: its figures once fetched, or why not, and a way to ask again. */
export type KlientRad = KlientGrunnlag & {
  status: "henter" | "ok" | "feil";
  feil: FeilInfo | null;
  proever: boolean;
  proevIgjen: () => void;
};

async function hentSammendrag(orgnr: string, signal: AbortSignal): Promise<KlientSammendrag> {
  const res = await fetch(`/api/klienter/${encodeURIComponent(orgnr)}`, { headers: { Accept: "application/json" }, signal, credentials: "same-origin" });
  if (!res.ok) throw await hentFeilFraSvar(res);
  return (await res.json()) as KlientSammendrag;
}

/**
 * One query per client, run through a queue of at most 8 at once; react-query caches each
 * client's answer for its staleTime. No automatic retries: the server's API client has
 * already retried what was worth it, and each failed row has its own "Prøv igjen".
 */
export function useKlientSammendrag(klienter: readonly Klient[], samtidig = STANDARD_SAMTIDIGHET): KlientRad[] {
  const [koe] = useState(() => lagKoe(samtidig));
  const svar = useQueries({
    queries: klienter.map((k) => ({
      queryKey: ["klientsammendrag", k.orgnr] as const,
      queryFn: ({ signal }: { signal: AbortSignal }) => koe.kjoer(() => hentSammendrag(k.orgnr, signal)),
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
