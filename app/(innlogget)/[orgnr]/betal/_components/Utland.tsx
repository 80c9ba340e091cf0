"use client";

import { BodyLong, CopyButton, ReadMore } from "@navikt/ds-react";
import type { Betalingslinje } from "@/lib/betal/utvalg";
import { formatIban } from "@/lib/format";
import { useTranslations } from "next-intl";
import styles from "./betal.module.css";

/** "Betaling fra utlandet (IBAN/SWIFT)", folded: the same for most claims, so shown once per distinct account. */
export function Utland({ linjer }: { linjer: Pick<Betalingslinje, "iban" | "swiftBIC" | "bankinformasjon">[] }) {
  const t = useTranslations("betal");
  const kontoer = [...new Map(linjer.filter((l) => l.iban || l.swiftBIC).map((l) => [`${l.iban}|${l.swiftBIC}`, l])).values()];
  if (kontoer.length === 0) return null;
  return (
    <div className={styles.seksjon} data-testid="betal-utland">
      <ReadMore header={t("utland.overskrift")}>
        <BodyLong size="small" spacing>
          {t("utland.forklaring")}
        </BodyLong>
        {kontoer.map((l) => (
          <dl key={`${l.iban}|${l.swiftBIC}`} className={styles.info}>
            {l.iban ? (
              <>
                <dt>{t("utland.iban")}</dt>
                <dd>
                  <span className="tabular">{formatIban(l.iban)}</span>
                  <CopyButton size="xsmall" copyText={l.iban.replace(/\s/g, "")} title={t("linje.kopier", { hva: t("utland.iban") })} activeText={t("linje.kopiert")} />
                </dd>
              </>
            ) : null}
            {l.swiftBIC ? (
              <>
                <dt>{t("utland.swift")}</dt>
                <dd>
                  <span className="tabular">{l.swiftBIC}</span>
                  <CopyButton size="xsmall" copyText={l.swiftBIC} title={t("linje.kopier", { hva: t("utland.swift") })} activeText={t("linje.kopiert")} />
                </dd>
              </>
            ) : null}
            {l.bankinformasjon ? (
              <>
                <dt>{t("utland.bank")}</dt>
                <dd>{l.bankinformasjon}</dd>
              </>
            ) : null}
          </dl>
        ))}
      </ReadMore>
    </div>
  );
}
