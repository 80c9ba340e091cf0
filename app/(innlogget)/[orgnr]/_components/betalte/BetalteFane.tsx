"use client";

import { BodyLong } from "@navikt/ds-react";
import type { BetalteVisning, Endring, OversiktTilstand } from "@/lib/krav-visning/tilstand";
import { useTranslations } from "next-intl";
import { VisningOgAar } from "../VisningOgAar";
import { BetalteKravListe } from "./BetalteKravListe";
import { InnbetalingerListe } from "./InnbetalingerListe";


/** Betalte krav for a year, or the year's innbetalinger. */
export function BetalteFane(props: { orgnr: string; iDag: string; tilstand: OversiktTilstand; endre: (e: Endring) => void }) {
  const t = useTranslations("oversikt.betalte");
  const valg = [
    { verdi: "krav", tekst: t("visKrav") },
    { verdi: "innbetalinger", tekst: t("visInnbetalinger") },
  ] as const satisfies readonly { verdi: BetalteVisning; tekst: string }[];
  const { tilstand, endre } = props;
  const visning = tilstand.betalteVisning;
  return (
    <>
      <VisningOgAar iDag={props.iDag} tilstand={tilstand} visning={visning} valg={valg} onVisning={(v) => endre({ visning: v })} onAar={(aar) => endre({ aar })} />
      <BodyLong spacing>{visning === "krav" ? t("kravIntro") : t("innbetalingerIntro")}</BodyLong>
      {tilstand.aar === null ? null : visning === "krav" ? (
        <BetalteKravListe orgnr={props.orgnr} iDag={props.iDag} aar={tilstand.aar} tilstand={tilstand} endre={endre} />
      ) : (
        <InnbetalingerListe orgnr={props.orgnr} aar={tilstand.aar} tilstand={tilstand} endre={endre} />
      )}
    </>
  );
}
