"use client";

import { BodyLong } from "@navikt/ds-react";
import type { Endring, OversiktTilstand, UtbetalingerVisning } from "@/lib/krav-visning/tilstand";
import { useTranslations } from "next-intl";
import { VisningOgAar } from "../VisningOgAar";
import { TilgodeListe } from "./TilgodeListe";
import { UtbetalingerListe } from "./UtbetalingerListe";


/** A year's payouts, or the credits behind them and what of each went to cover other claims. */
export function UtbetalingerFane(props: { orgnr: string; iDag: string; tilstand: OversiktTilstand; endre: (e: Endring) => void }) {
  const t = useTranslations("oversikt.utbetalinger");
  const valg = [
    { verdi: "utbetalinger", tekst: t("visUtbetalinger") },
    { verdi: "tilgode", tekst: t("visTilgode") },
  ] as const satisfies readonly { verdi: UtbetalingerVisning; tekst: string }[];
  const { tilstand, endre } = props;
  const visning = tilstand.utbetalingerVisning;
  return (
    <>
      <VisningOgAar iDag={props.iDag} tilstand={tilstand} visning={visning} valg={valg} onVisning={(v) => endre({ visning: v })} onAar={(aar) => endre({ aar })} />
      <BodyLong spacing>{visning === "utbetalinger" ? t("utbetalingerIntro") : t("tilgodeIntro")}</BodyLong>
      {tilstand.aar === null ? null : visning === "utbetalinger" ? (
        <UtbetalingerListe orgnr={props.orgnr} aar={tilstand.aar} tilstand={tilstand} endre={endre} />
      ) : (
        <TilgodeListe orgnr={props.orgnr} aar={tilstand.aar} tilstand={tilstand} endre={endre} />
      )}
    </>
  );
}
