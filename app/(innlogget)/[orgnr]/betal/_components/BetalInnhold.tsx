"use client";

import { CalendarIcon, DownloadIcon } from "@navikt/aksel-icons";
import { Alert, BodyLong, BodyShort, Heading, Link } from "@navikt/ds-react";
import { Beloep } from "@/components/Beloep";
import type { Sammendragsrad } from "@/lib/betal/sammendrag";
import type { Betalingslinje as Linje } from "@/lib/betal/utvalg";
import type { ForfallForRenter } from "@/lib/renter";
import { useTranslations } from "next-intl";
import { BetalRenter } from "./BetalRenter";
import { Betalingsfil, type BetalingsfilProps } from "./Betalingsfil";
import { Betalingslinje } from "./Betalingslinje";
import { StortUtvalg } from "./StortUtvalg";
import { Utland } from "./Utland";
import styles from "./betal.module.css";

export type BetalInnholdProps = {
  /** Every line (one per claim and KID), or none when there are too many to show: then `sammendrag`. */
  linjer: Linje[];
  sammendrag: Sammendragsrad[] | null;
  antall: number;
  sum: number;
  forfalt: boolean;
  rentegrunnlag: { forfall: ForfallForRenter[]; stipulerteRenter: number }[];
  utland: Pick<Linje, "iban" | "swiftBIC" | "bankinformasjon">[];
  iDag: string;
  pdfHref: string;
  kalenderHref: string;
  betalingsfil: BetalingsfilProps;
};

/** The payment lines (or a summary table for a large selection), the PDF and the payment file, abroad, the interest estimate and the calendar. */
export function BetalInnhold({ linjer, sammendrag, antall, sum, forfalt, rentegrunnlag, utland, iDag, pdfHref, kalenderHref, betalingsfil }: BetalInnholdProps) {
  const t = useTranslations("betal");
  const bf = useTranslations("betalingsfil");
  return (
    <>
      <BodyLong spacing>{t("side.ingress")}</BodyLong>
      {antall > 1 ? <BodyLong spacing>{t("side.flere", { antall })}</BodyLong> : null}
      {sammendrag && betalingsfil.antall > 0 ? (
        <Alert variant="info" size="small" className={styles.seksjon} data-testid="betal-mange">
          {bf("mange", { antall })} <Link href="#betalingsfil">{bf("skjema.knapp")}</Link>
        </Alert>
      ) : null}
      <div className={styles.verktoy}>
        <Link href={pdfHref} download data-testid="last-ned-pdf">
          <DownloadIcon aria-hidden />
          {t("side.lastNedPdf")}
        </Link>
        <Link href="#betalingsfil" data-testid="til-betalingsfil">
          <DownloadIcon aria-hidden />
          {bf("skjema.knapp")}
        </Link>
      </div>
      {sammendrag ? (
        <StortUtvalg rader={sammendrag} antall={antall} sum={sum} />
      ) : (
        <div className={styles.linjer}>
          {linjer.map((l) => (
            <Betalingslinje key={`${l.kravidentifikator}:${l.kid ?? ""}`} linje={l} />
          ))}
        </div>
      )}
      {antall > 1 ? (
        <BodyShort size="large" weight="semibold" className={styles.seksjon} data-testid="betal-sum">
          {t("side.sum")}: <Beloep verdi={sum} />
        </BodyShort>
      ) : null}
      <BodyLong className={styles.seksjon}>{t("side.merknad")}</BodyLong>
      <Betalingsfil {...betalingsfil} />
      <Utland linjer={utland} />
      {forfalt ? <BetalRenter linjer={rentegrunnlag} iDag={iDag} /> : null}
      <section aria-label={t("kalender.lenke")} className={styles.seksjon}>
        <Heading level="2" size="xsmall" spacing>
          {t("kalender.lenke")}
        </Heading>
        <BodyLong size="small" spacing>
          {t("kalender.forklaring")}
        </BodyLong>
        <Link href={kalenderHref} download data-testid="kalender-lenke">
          <CalendarIcon aria-hidden />
          {t("kalender.lenke")}
        </Link>
      </section>
    </>
  );
}
