import { BodyShort, Heading } from "@navikt/ds-react";
import { formatBeloep } from "@/lib/format";
import type { KlientTotaler } from "@/lib/klientoversikt/tabell";
import { klienter } from "@/lib/tekster/klienter";
import styles from "./klienter.module.css";

const t = klienter.totaler;

function Tall({ tittel, sum, testid, ekstra }: { tittel: string; sum: number; testid: string; ekstra?: string }) {
  return (
    <div data-testid={testid}>
      <dt>{tittel}</dt>
      <dd>
        <span className={styles.tall} data-verdi={sum}>
          {formatBeloep(sum)}
        </span>
        {ekstra ? <span className={styles.liten}>{ekstra}</span> : null}
      </dd>
    </div>
  );
}

/** The sums across the clients the filter shows (those fetched so far). */
export function Totaler({ totaler }: { totaler: KlientTotaler }) {
  return (
    <section aria-labelledby="klienter-totaler">
      <Heading level="2" size="small" spacing id="klienter-totaler">
        {t.overskrift}
      </Heading>
      <dl className={styles.totaler}>
        <Tall tittel={t.forfalte} sum={totaler.forfalte.sum} testid="total-forfalte" ekstra={t.klienterMedForfalte(totaler.klienterMedForfalte)} />
        <Tall tittel={t.fremtidige} sum={totaler.fremtidige.sum} testid="total-fremtidige" />
        <Tall tittel={t.renter} sum={totaler.renter} testid="total-renter" />
        <Tall tittel={t.saldo} sum={totaler.saldo} testid="total-saldo" />
        <Tall tittel={t.uplasserte} sum={totaler.uplasserte} testid="total-uplasserte" />
      </dl>
      <BodyShort size="small" textColor="subtle" style={{ marginTop: "0.5rem" }}>
        {t.medTall(totaler.medTall, totaler.antallKlienter)}
      </BodyShort>
    </section>
  );
}
