import { ExclamationmarkTriangleFillIcon } from "@navikt/aksel-icons";
import { BodyShort, Box, HGrid, Heading } from "@navikt/ds-react";
import type { ReactNode } from "react";
import { Beloep } from "@/components/Beloep";
import type { Hovedtall } from "@/lib/krav-visning/visninger";
import { useTranslations } from "next-intl";
import { useFormatering } from "@/lib/i18n/useFormatering";
import { BetalKnapp } from "./BetalKnapp";
import styles from "./oversikt.module.css";

function Kort(props: { tittel: string; antall?: number; sum: number; forklaring: string; advarsel?: boolean; testid: string; handling?: ReactNode }) {
  const t = useTranslations("oversikt.kort");
  const advarsel = Boolean(props.advarsel);
  return (
    <Box
      as="section"
      aria-label={props.tittel}
      padding="space-20"
      borderRadius="8"
      background={advarsel ? "warning-soft" : "neutral-soft"}
      borderColor={advarsel ? "warning" : undefined}
      borderWidth={advarsel ? "1" : undefined}
      data-testid={props.testid}
      data-advarsel={advarsel}
    >
      <Heading level="2" size="small" className={styles.korttittel}>
        {advarsel ? <ExclamationmarkTriangleFillIcon aria-hidden className={styles.advarselIkon} /> : null}
        {props.tittel}
        {props.antall !== undefined ? <span className={styles.antall}> ({t("antall", { n: props.antall })})</span> : null}
      </Heading>
      <BodyShort size="large" weight="semibold" className={styles.kortsum}>
        <Beloep verdi={props.sum} />
      </BodyShort>
      <BodyShort size="small" textColor="subtle">
        {props.forklaring}
      </BodyShort>
      {props.handling ? <div className={styles.korthandling}>{props.handling}</div> : null}
    </Box>
  );
}

/** Claims whose collection is postponed (an appeal, a deferral): a line of their own, not in Forfalte krav. */
function UtsatteLinje({ antall, sum }: { antall: number; sum: number }) {
  const k = useTranslations("kravdata");
  const f = useFormatering();
  return (
    <BodyShort size="small" data-testid="utsatte-krav" className={styles.utsatteLinje}>
      {k("utsatte", { antall, sum: f.kroner(sum) })}
    </BodyShort>
  );
}

/** Forfalte krav (warning style when anything is overdue), Fremtidige krav, interest so far and saldo. */
export function Oppsummering({ hovedtall }: { hovedtall: Hovedtall }) {
  const { forfalte, fremtidige } = hovedtall;
  const t = useTranslations("oversikt.kort");
  const b = useTranslations("betalKnapp");
  return (
    <HGrid as="div" columns={{ xs: 1, sm: 2, lg: 4 }} gap="space-12" className={styles.kort} aria-label={t("region")} role="region">
      <Kort tittel={t("forfalte")} antall={forfalte.antall} sum={forfalte.sum} forklaring={t("forfalteForklaring")} advarsel={forfalte.sum > 0} testid="kort-forfalte"
        handling={forfalte.sum > 0 ? <BetalKnapp utvalg={{ type: "forfalte" }} etikett={b("betalAlleForfalte")} testid="betal-forfalte" /> : null} />
      <Kort tittel={t("fremtidige")} antall={fremtidige.antall} sum={fremtidige.sum} forklaring={t("fremtidigeForklaring")} testid="kort-fremtidige"
        handling={fremtidige.sum > 0 ? <BetalKnapp utvalg={{ type: "fremtidige" }} etikett={b("betalFremtidige")} testid="betal-fremtidige" /> : null} />
      <Kort tittel={t("renter")} sum={hovedtall.sumRenter} forklaring={t("renterForklaring")} testid="kort-renter" />
      <Kort tittel={t("saldo")} sum={hovedtall.saldo} forklaring={t("saldoForklaring")} testid="kort-saldo" />
      {hovedtall.utsatte.antall > 0 ? <UtsatteLinje antall={hovedtall.utsatte.antall} sum={hovedtall.utsatte.sum} /> : null}
    </HGrid>
  );
}
