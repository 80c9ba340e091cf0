"use client";

import { BodyLong } from "@navikt/ds-react";
import { useTranslations } from "next-intl";

/** How forskuddsskatt is paid, with the claim's own number of terms (an AS has two, a person four). */
export function ForskuddsskattTekst({ antallForfall }: { antallForfall: number }) {
  const t = useTranslations("regnskap.detaljer");
  return (
    <BodyLong size="small" spacing>
      {t("forskuddsskatt", { n: antallForfall })}
      {antallForfall > 1 ? <> {t("forskuddsskattResten")}</> : null}
    </BodyLong>
  );
}
