"use client";

import { BodyLong, Box, DatePicker, Heading, ReadMore } from "@navikt/ds-react";
import { Beloep } from "@/components/Beloep";
import { useBetalingsdato } from "../useBetalingsdato";
import type { Krav } from "@/lib/kravogbetalinger/model";
import { estimerRenter } from "@/lib/renter";
import { useTranslations } from "next-intl";
import { useFormatering } from "@/lib/i18n/useFormatering";
import styles from "../oversikt.module.css";

/** "What will it cost if I pay on ...": the interest so far plus the estimate up to the chosen date. */
export function Renteestimat({ krav, iDag }: { krav: Krav; iDag: string }) {
  const t = useTranslations("oversikt.renter");
  const f = useFormatering();
  const { datepickerProps, inputProps, feil, dato } = useBetalingsdato(iDag);
  const estimat = dato ? estimerRenter({ forfall: krav.forfall, stipulerteRenter: krav.stipulerteRenter, iDag, betalingsdato: dato }) : null;
  const foersteAntatte = estimat?.perioder.find((p) => p.antattSats);

  return (
    <Box as="section" aria-label={t("overskrift")} padding="space-16" borderRadius="8" borderColor="neutral-subtle" borderWidth="1" data-testid="renteestimat">
      <Heading level="4" size="xsmall" spacing>
        {t("overskrift")}
      </Heading>
      <BodyLong size="small" spacing>
        {t("forklaring")}
      </BodyLong>
      <DatePicker {...datepickerProps}>
        <DatePicker.Input {...inputProps} label={t("dato")} description={t("datoBeskrivelse")} error={feil} size="small" />
      </DatePicker>
      {estimat && dato ? (
        <div aria-live="polite" data-testid="renteestimat-resultat" style={{ marginTop: "1rem" }}>
          <Heading level="5" size="xsmall" spacing>
            {t("resultat", { dato: f.dato(dato) })}
          </Heading>
          <dl className={styles.betalingsinfo}>
            <dt>{t("hittil")}</dt>
            <dd><Beloep verdi={estimat.renterHittil} /></dd>
            <dt>{t("tillegg", { dato: f.dato(dato) })}</dt>
            <dd><Beloep verdi={estimat.beregnedeRenter} /></dd>
            <dt>{t("estimerte")}</dt>
            <dd data-testid="estimerte-renter"><Beloep verdi={estimat.estimerteRenter} /></dd>
            <dt>{t("restbeloep")}</dt>
            <dd><Beloep verdi={estimat.restbeloep} /></dd>
            <dt>{t("totalt")}</dt>
            <dd data-testid="totalt-aa-betale"><strong><Beloep verdi={estimat.totaltAaBetale} /></strong></dd>
          </dl>
          <BodyLong size="small" spacing style={{ marginTop: "0.75rem" }}>
            {t("estimat")}
          </BodyLong>
          {foersteAntatte ? <BodyLong size="small" spacing>{t("antattSats", { dato: f.dato(foersteAntatte.fraOgMed), sats: f.tall(foersteAntatte.satsProsent) })}</BodyLong> : null}
          {estimat.perioder.length > 0 ? (
            <ReadMore header={t("visPerioder")} size="small">
              <ul>
                {estimat.perioder.map((p, i) => (
                  <li key={i}>
                    {t("sats", { sats: f.tall(p.satsProsent), fra: f.dato(p.fraOgMed), til: f.dato(p.tilOgMed), dager: p.dager })}: <Beloep verdi={p.renter} />
                  </li>
                ))}
              </ul>
            </ReadMore>
          ) : null}
        </div>
      ) : null}
    </Box>
  );
}
