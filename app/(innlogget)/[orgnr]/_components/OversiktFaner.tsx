"use client";

import { DownloadIcon } from "@navikt/aksel-icons";
import { Heading, Tabs } from "@navikt/ds-react";
import Link from "next/link";
import { FANER, type Fane } from "@/lib/krav-visning/tilstand";
import { useTranslations } from "next-intl";
import { BetalteFane } from "./betalte/BetalteFane";
import styles from "./oversikt.module.css";
import { UbetalteKrav } from "./ubetalte/UbetalteKrav";
import { useOversiktTilstand } from "./useOversiktTilstand";
import { UtbetalingerFane } from "./utbetalinger/UtbetalingerFane";

/**
 * The tabs: Ubetalte krav (n), Betalte krav, Utbetalinger, and the link to the kontoutskrift.
 * The active tab is in the URL; only the active panel is rendered and fetches its data.
 */
export function OversiktFaner({ orgnr, iDag, antallUbetalte }: { orgnr: string; iDag: string; antallUbetalte: number }) {
  const t = useTranslations("oversikt");
  const { tilstand, endre } = useOversiktTilstand(iDag);
  const felles = { orgnr, iDag, tilstand, endre };
  return (
    <section aria-label={t("faner.navn")} className={styles.seksjon}>
      <Tabs value={tilstand.fane} onChange={(fane) => FANER.includes(fane as Fane) && endre({ fane: fane as Fane })}>
        <div className={styles.fanerad}>
          <Tabs.List>
            <Tabs.Tab value="ubetalte" label={t("faner.ubetalte", { n: antallUbetalte })} />
            <Tabs.Tab value="betalte" label={t("faner.betalte")} />
            <Tabs.Tab value="utbetalinger" label={t("faner.utbetalinger")} />
          </Tabs.List>
          <Link href={`/${orgnr}/kontoutskrift`} className={`aksel-link ${styles.kontoutskrift}`}>
            <DownloadIcon aria-hidden fontSize="1.25rem" />
            {t("faner.kontoutskrift")}
          </Link>
        </div>
        <Tabs.Panel value="ubetalte" className={styles.panel}>
          <Heading level="2" size="medium" visuallyHidden>
            {t("ubetalte.overskrift")}
          </Heading>
          <UbetalteKrav {...felles} />
        </Tabs.Panel>
        <Tabs.Panel value="betalte" className={styles.panel}>
          <Heading level="2" size="medium" visuallyHidden>
            {t("betalte.overskrift")}
          </Heading>
          <BetalteFane {...felles} />
        </Tabs.Panel>
        <Tabs.Panel value="utbetalinger" className={styles.panel}>
          <Heading level="2" size="medium" visuallyHidden>
            {t("utbetalinger.overskrift")}
          </Heading>
          <UtbetalingerFane {...felles} />
        </Tabs.Panel>
      </Tabs>
    </section>
  );
}
