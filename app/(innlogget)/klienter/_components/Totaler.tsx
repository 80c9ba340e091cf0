import { BodyShort, Heading } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useFormatering } from "@/lib/i18n/useFormatering";
import type { KlientTotaler } from "@/lib/klientoversikt/tabell";
import styles from "./klienter.module.css";

function Tall({ tittel, sum, testid, ekstra }: { tittel: string; sum: number; testid: string; ekstra?: string }) {
  const { beloep } = useFormatering();
  return (
    <div data-testid={testid}>
      <dt>{tittel}</dt>
      <dd>
        <span className={styles.tall} data-verdi={sum}>
          {beloep(sum)}
        </span>
        {ekstra ? <span className={styles.liten}>{ekstra}</span> : null}
      </dd>
    </div>
  );
}

/** The sums across the clients the filter shows (those fetched so far). */
export function Totaler({ totaler }: { totaler: KlientTotaler }) {
  const t = useTranslations("klienter");
  return (
    <section aria-labelledby="klienter-totaler">
      <Heading level="2" size="small" spacing id="klienter-totaler">
        {t("totaler.overskrift")}
      </Heading>
      <dl className={styles.totaler}>
        <Tall tittel={t("totaler.forfalte")} sum={totaler.forfalte.sum} testid="total-forfalte" ekstra={t("totaler.klienterMedForfalte", { n: totaler.klienterMedForfalte })} />
        <Tall tittel={t("totaler.fremtidige")} sum={totaler.fremtidige.sum} testid="total-fremtidige" />
        <Tall tittel={t("totaler.renter")} sum={totaler.renter} testid="total-renter" />
        <Tall tittel={t("totaler.saldo")} sum={totaler.saldo} testid="total-saldo" />
        <Tall tittel={t("totaler.uplasserte")} sum={totaler.uplasserte} testid="total-uplasserte" />
      </dl>
      <BodyShort size="small" textColor="subtle" style={{ marginTop: "0.5rem" }}>
        {totaler.medTall === totaler.antallKlienter
          ? t("totaler.medTallAlle", { alle: totaler.antallKlienter })
          : t("totaler.medTall", { med: totaler.medTall, alle: totaler.antallKlienter })}
      </BodyShort>
    </section>
  );
}
