"use client";

import { BodyLong, Box, DatePicker, Heading } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { Beloep } from "@/components/Beloep";
import { useBetalingsdato } from "../../_components/useBetalingsdato";
import { useFormatering } from "@/lib/i18n/useFormatering";
import { estimerRenter, rundTilOere, type ForfallForRenter } from "@/lib/renter";
import styles from "./betal.module.css";

/** The interest estimate (lib/renter) to a chosen payment date, per line (or per due date for a large selection): never added to what is paid now, it comes later as claims of their own. */
export function BetalRenter({ linjer, iDag }: { linjer: readonly { forfall: readonly ForfallForRenter[]; stipulerteRenter: number }[]; iDag: string }) {
  const t = useTranslations("betal.renter");
  const r = useTranslations("oversikt.renter");
  const f = useFormatering();
  const { datepickerProps, inputProps, feil, dato } = useBetalingsdato(iDag);
  const estimater =
    dato ? linjer.map((l) => ({ l, e: estimerRenter({ forfall: l.forfall, stipulerteRenter: l.stipulerteRenter, iDag, betalingsdato: dato }) })) : null;
  const renter = estimater ? rundTilOere(estimater.reduce((s, x) => s + x.e.estimerteRenter, 0)) : 0;

  return (
    <Box as="section" aria-label={t("overskrift")} padding="space-16" borderRadius="8" borderColor="neutral-subtle" borderWidth="1" className={styles.seksjon} data-testid="betal-renter">
      <Heading level="2" size="small" spacing>
        {t("overskrift")}
      </Heading>
      <BodyLong size="small" spacing>
        {t("forklaring")}
      </BodyLong>
      <DatePicker {...datepickerProps}>
        <DatePicker.Input {...inputProps} label={r("dato")} description={r("datoBeskrivelse")} error={feil} size="small" />
      </DatePicker>
      {estimater && dato ? (
        <div aria-live="polite" style={{ marginTop: "1rem" }}>
          <Heading level="3" size="xsmall" spacing>
            {r("resultat", { dato: f.dato(dato) })}
          </Heading>
          <dl className={styles.info}>
            <dt>{t("linjeRenter")}</dt>
            <dd data-testid="betal-estimerte-renter"><Beloep verdi={renter} /></dd>
          </dl>
          <BodyLong size="small" style={{ marginTop: "0.75rem" }}>
            {t("merknad")}
          </BodyLong>
        </div>
      ) : null}
    </Box>
  );
}
