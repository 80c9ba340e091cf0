"use client";

import { CalendarIcon, DownloadIcon } from "@navikt/aksel-icons";
import { BodyLong, BodyShort, Heading, Link } from "@navikt/ds-react";
import { Beloep } from "@/components/Beloep";
import type { Betaling } from "@/lib/betal/utvalg";
import { useTranslations } from "next-intl";
import { BetalRenter } from "./BetalRenter";
import { Betalingslinje } from "./Betalingslinje";
import { Utland } from "./Utland";
import styles from "./betal.module.css";

/** The payment lines (one per claim and KID), the PDF, abroad, the interest estimate and the calendar. */
export function BetalInnhold({ betaling, iDag, pdfHref, kalenderHref }: { betaling: Betaling; iDag: string; pdfHref: string; kalenderHref: string }) {
  const t = useTranslations("betal");
  const { linjer } = betaling;
  const forfalt = linjer.some((l) => l.forfallsdato < iDag);
  return (
    <>
      <BodyLong spacing>{t("side.ingress")}</BodyLong>
      {linjer.length > 1 ? <BodyLong spacing>{t("side.flere", { antall: linjer.length })}</BodyLong> : null}
      <div className={styles.verktoy}>
        <Link href={pdfHref} download data-testid="last-ned-pdf">
          <DownloadIcon aria-hidden />
          {t("side.lastNedPdf")}
        </Link>
      </div>
      <div className={styles.linjer}>
        {linjer.map((l) => (
          <Betalingslinje key={`${l.kravidentifikator}:${l.kid ?? ""}`} linje={l} />
        ))}
      </div>
      {linjer.length > 1 ? (
        <BodyShort size="large" weight="semibold" className={styles.seksjon} data-testid="betal-sum">
          {t("side.sum")}: <Beloep verdi={betaling.sum} />
        </BodyShort>
      ) : null}
      <BodyLong className={styles.seksjon}>{t("side.merknad")}</BodyLong>
      <Utland linjer={linjer} />
      {forfalt ? <BetalRenter linjer={linjer} iDag={iDag} /> : null}
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
