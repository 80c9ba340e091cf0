"use client";

import { BodyLong, CopyButton, ReadMore } from "@navikt/ds-react";
import type { Betalingslinje } from "@/lib/betal/utvalg";
import { formatIban } from "@/lib/format";
import { betal } from "@/lib/tekster/betal";
import styles from "./betal.module.css";

const t = betal.utland;

/** "Betaling fra utlandet (IBAN/SWIFT)", folded: the same for most claims, so shown once per distinct account. */
export function Utland({ linjer }: { linjer: Betalingslinje[] }) {
  const kontoer = [...new Map(linjer.filter((l) => l.iban || l.swiftBIC).map((l) => [`${l.iban}|${l.swiftBIC}`, l])).values()];
  if (kontoer.length === 0) return null;
  return (
    <div className={styles.seksjon} data-testid="betal-utland">
      <ReadMore header={t.overskrift}>
        <BodyLong size="small" spacing>
          {t.forklaring}
        </BodyLong>
        {kontoer.map((l) => (
          <dl key={`${l.iban}|${l.swiftBIC}`} className={styles.info}>
            {l.iban ? (
              <>
                <dt>{t.iban}</dt>
                <dd>
                  <span className="tabular">{formatIban(l.iban)}</span>
                  <CopyButton size="xsmall" copyText={l.iban.replace(/\s/g, "")} title={betal.linje.kopier(t.iban)} activeText={betal.linje.kopiert} />
                </dd>
              </>
            ) : null}
            {l.swiftBIC ? (
              <>
                <dt>{t.swift}</dt>
                <dd>
                  <span className="tabular">{l.swiftBIC}</span>
                  <CopyButton size="xsmall" copyText={l.swiftBIC} title={betal.linje.kopier(t.swift)} activeText={betal.linje.kopiert} />
                </dd>
              </>
            ) : null}
            {l.bankinformasjon ? (
              <>
                <dt>{t.bank}</dt>
                <dd>{l.bankinformasjon}</dd>
              </>
            ) : null}
          </dl>
        ))}
      </ReadMore>
    </div>
  );
}
