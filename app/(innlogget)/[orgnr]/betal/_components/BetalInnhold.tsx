"use client";

import { CalendarIcon, DownloadIcon } from "@navikt/aksel-icons";
import { Alert, BodyLong, BodyShort, Heading, Link } from "@navikt/ds-react";
import { Beloep } from "@/components/Beloep";
import { MANGE_LINJER } from "@/lib/betal/lenke";
import type { Betaling } from "@/lib/betal/utvalg";
import { useTranslations } from "next-intl";
import { BetalRenter } from "./BetalRenter";
import { Betalingsfil } from "./Betalingsfil";
import { Betalingslinje } from "./Betalingslinje";
import { Utland } from "./Utland";
import styles from "./betal.module.css";

/** The payment lines (one per claim and KID), the PDF and the payment file, abroad, the interest estimate and the calendar. */
export function BetalInnhold({ betaling, iDag, pdfHref, kalenderHref, betalingsfil }: { betaling: Betaling; iDag: string; pdfHref: string; kalenderHref: string; betalingsfil: Parameters<typeof Betalingsfil>[0] }) {
  const t = useTranslations("betal");
  const bf = useTranslations("betalingsfil");
  const { linjer } = betaling;
  const forfalt = linjer.some((l) => l.forfallsdato < iDag);
  return (
    <>
      <BodyLong spacing>{t("side.ingress")}</BodyLong>
      {linjer.length > 1 ? <BodyLong spacing>{t("side.flere", { antall: linjer.length })}</BodyLong> : null}
      {linjer.length > MANGE_LINJER && betalingsfil.antall > 0 ? (
        <Alert variant="info" size="small" className={styles.seksjon} style={{ marginTop: 0, marginBottom: "1rem" }} data-testid="betal-mange">
          {bf("mange", { antall: linjer.length })} <Link href="#betalingsfil">{bf("skjema.knapp")}</Link>
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
      <Betalingsfil {...betalingsfil} />
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
