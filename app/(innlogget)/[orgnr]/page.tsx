import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { requirePartyAccess } from "@/lib/auth/guard";
import { iDag } from "@/lib/dato";
import { headers } from "next/headers";
import { tilFeilInfo } from "@/lib/krav-visning/feil";
import { FORHAANDSFEIL_HEADER, lesForhaandsfeil } from "@/lib/krav-visning/forhaand";
import { hentBetalteKravSide, hentInnbetalingerSide, hentTilgodeSide, hentUtbetalingerSide } from "@/lib/krav-visning/server";
import { fraRecord, lesTilstand, type OversiktTilstand } from "@/lib/krav-visning/tilstand";
import { lagOppsummering, lagUbetalteSide } from "@/lib/krav-visning/visninger";
import { hentAapnekrav, somBrukerforespoersel, type AapneKrav } from "@/lib/kravogbetalinger";
import { getTranslations } from "next-intl/server";
import { hentSpraak } from "@/lib/i18n/server";
import type { Spraak } from "@/lib/i18n/spraak";
import { Oversikt } from "./_components/Oversikt";
import { listeNoekkel, type Liste } from "./_components/queries";
import { Hoved } from "./_components/Hoved";
import { Forfallsgraf } from "./_components/Forfallsgraf";
import { lagForfallsgraf, visesForfallsgraf } from "@/lib/betal/graf";

type Props = { params: Promise<{ orgnr: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The tab title names the party (the guard's answer is cached for the request). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { party } = await requirePartyAccess((await params).orgnr);
  const t = await getTranslations("oversikt.side");
  return { title: t("tittel", { navn: party.name }) };
}

/** The list the URL asks for, fetched on the server so the first paint has it (or its error). */
async function forhaandshent(qc: QueryClient, orgnr: string, t: OversiktTilstand, spraak: Spraak): Promise<void> {
  if (t.fane === "ubetalte" || t.aar === null) return;
  const aar = t.aar;
  const [liste, hent]: [Liste, () => Promise<unknown>] =
    t.fane === "betalte"
      ? t.betalteVisning === "krav"
        ? ["krav", () => hentBetalteKravSide(orgnr, aar, t, spraak)]
        : ["innbetalinger", () => hentInnbetalingerSide(orgnr, aar, t, spraak)]
      : t.utbetalingerVisning === "utbetalinger"
        ? ["utbetalinger", () => hentUtbetalingerSide(orgnr, aar, t, spraak)]
        : ["tilgode", () => hentTilgodeSide(orgnr, aar, t, spraak)];
  // A failure is kept in the cache as plain data (FeilInfo), so the browser shows it without refetching.
  await qc.prefetchQuery({
    queryKey: listeNoekkel(orgnr, liste, t, spraak),
    queryFn: () =>
      hent().catch((e: unknown) => {
        throw tilFeilInfo(e);
      }),
    retry: false,
  });
}

export default async function OversiktSide({ params, searchParams }: Props) {
  const { orgnr } = await params;
  const { party, person } = await requirePartyAccess(orgnr);
  const idag = iDag();
  const tilstand = lesTilstand(fraRecord(await searchParams), idag);
  const qc = new QueryClient();
  const spraak = await hentSpraak();

  // The proxy already met a failure fetching this (and set the page's status): show it, do not ask again.
  const forhaandsfeil = lesForhaandsfeil((await headers()).get(FORHAANDSFEIL_HEADER));
  if (forhaandsfeil) {
    return (
      <Hoved>
        <Oversikt navn={party.name} orgnr={party.orgnr} unitType={party.unitType} iDag={idag} feil={forhaandsfeil} />
      </Hoved>
    );
  }
  let aapne: AapneKrav;
  try {
    // One time budget for the page's calls, ahead of background fill in the limiter's queue.
    [aapne] = await somBrukerforespoersel("side", person.pid, () =>
      Promise.all([hentAapnekrav(orgnr, { spraak }), forhaandshent(qc, orgnr, tilstand, spraak)]),
    );
  } catch (e) {
    return (
      <Hoved>
        <Oversikt navn={party.name} orgnr={party.orgnr} unitType={party.unitType} iDag={idag} feil={tilFeilInfo(e)} />
      </Hoved>
    );
  }
  const hovedtall = lagOppsummering(aapne, idag);
  if (tilstand.fane === "ubetalte") qc.setQueryData(listeNoekkel(orgnr, "ubetalte", tilstand, spraak), lagUbetalteSide(aapne, tilstand, idag));
  // The chart only when at least two months have anything due: else it is bars of nothing, and the list says it all.
  const graf = lagForfallsgraf(aapne, idag);

  return (
    <Hoved>
      <HydrationBoundary state={dehydrate(qc, { shouldDehydrateQuery: (q) => q.state.status === "success" || q.state.status === "error" })}>
        <Oversikt navn={party.name} orgnr={party.orgnr} unitType={party.unitType} iDag={idag} hovedtall={hovedtall} graf={visesForfallsgraf(graf) ? <Forfallsgraf data={graf} orgnr={party.orgnr} /> : null} />
      </HydrationBoundary>
    </Hoved>
  );
}
