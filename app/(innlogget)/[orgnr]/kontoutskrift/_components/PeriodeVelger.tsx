"use client";

import { HStack, Radio, RadioGroup, TextField, VStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { HURTIGVALG, hurtigvalg, type Hurtigvalg } from "@/lib/kontoutskrift/periode";
import type { Periode } from "@/lib/kravogbetalinger/model";
import { useFormatering } from "@/lib/i18n/useFormatering";

export type Valg = Hurtigvalg | "egen";


/** The period: quick choices that fill in the dates, and the two dates themselves. */
export function PeriodeVelger(props: {
  iDag: string;
  valg: Valg;
  fra: string;
  til: string;
  feil: { fraOgMed?: string; tilOgMed?: string };
  onValg: (valg: Valg, periode: Periode | null) => void;
  onFra: (verdi: string) => void;
  onTil: (verdi: string) => void;
}) {
  const t = useTranslations("kontoutskrift");
  const { dato } = useFormatering();
  const perioder = hurtigvalg(props.iDag);
  return (
    <VStack gap="space-16">
      <RadioGroup
        legend={t("skjema.hurtigvalg")}
        description={t("skjema.periodeBeskrivelse")}
        value={props.valg}
        onChange={(v: Valg) => props.onValg(v, v === "egen" ? null : perioder[v])}
      >
        {HURTIGVALG.map((v) => (
          <Radio key={v} value={v} description={`${dato(perioder[v].fraOgMed)}–${dato(perioder[v].tilOgMed)}`}>
            {t(`skjema.${v}`)}
          </Radio>
        ))}
        <Radio value="egen">{t("skjema.hurtigvalgEgen")}</Radio>
      </RadioGroup>
      <HStack gap="space-16" wrap>
        <TextField
          id="kontoutskrift-fraOgMed"
          name="fraOgMed"
          label={t("skjema.fraOgMed")}
          description={t("skjema.datoFormat")}
          value={props.fra}
          onChange={(e) => props.onFra(e.target.value)}
          error={props.feil.fraOgMed}
          autoComplete="off"
          htmlSize={12}
        />
        <TextField
          id="kontoutskrift-tilOgMed"
          name="tilOgMed"
          label={t("skjema.tilOgMed")}
          description={t("skjema.datoFormat")}
          value={props.til}
          onChange={(e) => props.onTil(e.target.value)}
          error={props.feil.tilOgMed}
          autoComplete="off"
          htmlSize={12}
        />
      </HStack>
    </VStack>
  );
}
