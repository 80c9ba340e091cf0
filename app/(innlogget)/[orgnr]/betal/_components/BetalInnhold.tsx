"use client";

import { CalendarIcon, DownloadIcon } from "@navikt/aksel-icons";
import { BodyLong, BodyShort, Heading, Link } from "@navikt/ds-react";
import { Beloep } from "@/components/Beloep";
import type { Betaling } from "@/lib/betal/utvalg";
import { betal } from "@/lib/tekster/betal";
import { BetalRenter } from "./BetalRenter";
import { Betalingslinje } from "./Betalingslinje";
import { Utland } from "./Utland";
import styles from "./betal.module.css";

const t = betal.side;

/** The payment lines (one per claim and KID), the PDF, abroad, the interest estimate and the calendar. */
export function BetalInnhold({ betaling, iDag, pdfHref, kalenderHref }: { betaling: Betaling; iDag: string; pdfHref: string; kalenderHref: string }) {
  const { linjer } = betaling;
  const forfalt = linjer.some((l) => l.forfallsdato < iDag);
  return (
    <>
      <BodyLong spacing>{t.ingress}</BodyLong>
      {linjer.length > 1 ? <BodyLong spacing>{t.flere(linjer.length)}</BodyLong> : null}
      <div className={styles.verktoy}>
        <Link href={pdfHref} download data-testid="last-ned-pdf">
          <DownloadIcon aria-hidden />
          {t.lastNedPdf}
        </Link>
      </div>
      <div className={styles.linjer}>
        {linjer.map((l) => (
          <Betalingslinje key={`${l.kravidentifikator}:${l.kid ?? ""}`} linje={l} />
        ))}
      </div>
      {linjer.length > 1 ? (
        <BodyShort size="large" weight="semibold" className={styles.seksjon} data-testid="betal-sum">
          {t.sum}: <Beloep verdi={betaling.sum} />
        </BodyShort>
      ) : null}
      <BodyLong className={styles.seksjon}>{t.merknad}</BodyLong>
      <Utland linjer={linjer} />
      {forfalt ? <BetalRenter linjer={linjer} iDag={iDag} /> : null}
      <section aria-label={betal.kalender.lenke} className={styles.seksjon}>
        <Heading level="2" size="xsmall" spacing>
          {betal.kalender.lenke}
        </Heading>
        <BodyLong size="small" spacing>
          {betal.kalender.forklaring}
        </BodyLong>
        <Link href={kalenderHref} download data-testid="kalender-lenke">
          <CalendarIcon aria-hidden />
          {betal.kalender.lenke}
        </Link>
      </section>
    </>
  );
}
