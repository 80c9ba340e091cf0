import { BodyLong, Box, Heading, Link } from "@navikt/ds-react";
import { useLocale, useTranslations } from "next-intl";
import { SKATTEETATEN_LENKER } from "@/lib/hjelp/lenker";
import { tilSpraak } from "@/lib/i18n/spraak";
import styles from "./oversikt.module.css";

/** Where claims are overdue: that a payment agreement can be applied for, and where. */
export function Betalingsavtale({ antallForfalte }: { antallForfalte: number }) {
  const t = useTranslations("hjelp.betalingsavtale");
  const lenke = SKATTEETATEN_LENKER[tilSpraak(useLocale())].betalingsavtale;
  if (antallForfalte <= 0) return null;
  return (
    <Box as="section" aria-labelledby="betalingsavtale-overskrift" className={styles.seksjon} data-testid="betalingsavtale">
      <Heading level="2" size="small" spacing id="betalingsavtale-overskrift">
        {t("overskrift")}
      </Heading>
      <BodyLong spacing>{t("tekst")}</BodyLong>
      <Link href={lenke}>{t("lenke")}</Link>
    </Box>
  );
}
