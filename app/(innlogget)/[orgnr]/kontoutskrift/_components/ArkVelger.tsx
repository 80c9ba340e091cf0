"use client";

import { Checkbox, CheckboxGroup } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { ARK_VALG, type ArkValg } from "@/lib/kontoutskrift/periode";

/** Which sheets to include; all by default. */
export function ArkVelger(props: { valgt: ArkValg[]; onChange: (ark: ArkValg[]) => void; feil?: string }) {
  const t = useTranslations("kontoutskrift");
  return (
    <CheckboxGroup
      id="kontoutskrift-ark"
      legend={t("skjema.innhold")}
      description={t("skjema.innholdBeskrivelse")}
      value={props.valgt}
      onChange={(v: ArkValg[]) => props.onChange(ARK_VALG.filter((a) => v.includes(a)))}
      error={props.feil}
    >
      {ARK_VALG.map((a) => (
        <Checkbox key={a} name="ark" value={a}>
          {t(`arkValg.${a}`)}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
