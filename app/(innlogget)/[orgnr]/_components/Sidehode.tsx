import { BodyLong, BodyShort, Heading } from "@navikt/ds-react";
import { formatOrgnr } from "@/lib/format";
import { useTranslations } from "next-intl";
import styles from "./oversikt.module.css";

/** The page's h1 with the party it is for, the intro and the note about delays. */
export function Sidehode({ navn, orgnr, unitType }: { navn: string; orgnr: string; unitType: string | null }) {
  const t = useTranslations("oversikt.side");
  const r = useTranslations("regnskap.side");
  return (
    <div className={styles.sidehode}>
      <Heading level="1" size="xlarge" spacing>
        {t("overskrift")}
      </Heading>
      <BodyShort size="large" weight="semibold" data-testid="partnavn">
        {navn}
      </BodyShort>
      <BodyShort spacing>
        {t("orgnr")} <span className="tabular">{formatOrgnr(orgnr)}</span>
      </BodyShort>
      <BodyLong spacing className={styles.ingress}>
        {r("ingress")}
        {/* Only an ENK's owner is the same person as the firm for restskatt and forskuddsskatt (unitType from Altinn). */}
        {unitType === "ENK" ? <> {r("enk")}</> : null}
      </BodyLong>
      <BodyShort size="small" className={styles.merknad}>
        {t("oppdatering")}
      </BodyShort>
    </div>
  );
}
