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
  const r = useTranslations("regnskap.renter");
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
        {r("forklaring")}
      </BodyLong>
      <DatePicker {...datepickerProps}>
        <DatePicker.Input {...inputProps} label={t("dato")} description={t("datoBeskrivelse")} error={feil} size="small" />
      </DatePicker>
      {estimat && dato ? (
        <div aria-live="polite" data-testid="renteestimat-resultat" style={{ marginTop: "1rem" }}>
          <Heading level="5" size="xsmall" spacing>
            {t("resultat", { dato: f.dato(dato) })}
          </Heading>
          {/* One amount to pay: the claim. The interest is not added to it: it comes later as a claim of its own. */}
          <dl className={styles.betalingsinfo}>
            <dt>{r("aaBetaleNaa")}</dt>
            <dd data-testid="aa-betale-naa"><strong><Beloep verdi={estimat.restbeloep} /></strong></dd>
            <dt>{t("hittil")}</dt>
            <dd><Beloep verdi={estimat.renterHittil} /></dd>
            <dt>{t("tillegg", { dato: f.dato(dato) })}</dt>
            <dd><Beloep verdi={estimat.beregnedeRenter} /></dd>
            <dt>{r("estimerteEgetKrav")}</dt>
            <dd data-testid="estimerte-renter"><Beloep verdi={estimat.estimerteRenter} /></dd>
          </dl>
          <BodyLong size="small" style={{ marginTop: "0.75rem" }} data-testid="renter-eget-krav">
            {r("egetKrav")}
          </BodyLong>
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
