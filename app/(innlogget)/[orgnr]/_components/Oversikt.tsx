import type { ReactNode } from "react";
import type { FeilInfo } from "@/lib/krav-visning/feil";
import type { Hovedtall } from "@/lib/krav-visning/visninger";
import { useTranslations } from "next-intl";
import { Oppsummering } from "./Oppsummering";
import { OversiktFaner } from "./OversiktFaner";
import { ServerFeil } from "./ServerFeil";
import { Sidehode } from "./Sidehode";
import { IngenData, SkjermetVarsel } from "./Tilstander";
import { Kravgrupper } from "./Kravgrupper";
import { Uplasserte } from "./Uplasserte";
import { Betalingsavtale } from "./Betalingsavtale";
import { ForkastetVarsel } from "./ForkastetVarsel";

/**
 * Everything below the header, rendered on the server from the data the page fetched: the
 * summary, then the tabs and lists (the client island, OversiktFaner), then the kravgruppe
 * totals and the chart. Only what has state or reads the URL goes to the browser.
 */
export function Oversikt(
  props: { navn: string; orgnr: string; unitType: string | null; iDag: string; graf?: ReactNode } & ({ hovedtall: Hovedtall; feil?: undefined } | { hovedtall?: undefined; feil: FeilInfo }),
) {
  const { hovedtall } = props;
  const t = useTranslations("oversikt");
  return (
    <>
      <Sidehode navn={props.navn} orgnr={props.orgnr} unitType={props.unitType} />
      {!hovedtall ? (
        props.feil?.ingenData ? <IngenData /> : <ServerFeil feil={props.feil!} hva={t("feil.hva.aapnekrav")} />
      ) : (
        <>
          {hovedtall.skjermet ? <SkjermetVarsel harSummer={hovedtall.harSummer} /> : null}
          <ForkastetVarsel antall={hovedtall.forkastet} hva="krav" />
          {hovedtall.harSummer ? (
            <>
              <Oppsummering hovedtall={hovedtall} />
              <Uplasserte sum={hovedtall.uplassert.sum} innbetalinger={hovedtall.uplassert.innbetalinger} grunner={hovedtall.uplassert.grunner} forfalt={hovedtall.forfalte.sum} />
              <Betalingsavtale antallForfalte={hovedtall.forfalte.antall} />
            </>
          ) : null}
          {/* The first screen: the summary, then the tabs and claims; totals and chart below them. */}
          <OversiktFaner orgnr={props.orgnr} iDag={props.iDag} antallUbetalte={hovedtall.antallUbetalte} />
          {hovedtall.harSummer ? (
            <>
              <Kravgrupper rader={hovedtall.perKravgruppe} />
              {props.graf}
            </>
          ) : null}
        </>
      )}
    </>
  );
}
