import { Alert, BodyLong, Heading } from "@navikt/ds-react";
import { useTranslations } from "next-intl";

/** A screened party: details are missing on purpose, the sums are right. */
export function SkjermetVarsel() {
  const t = useTranslations("oversikt.skjermet");
  return (
    <Alert variant="info" data-testid="skjermet">
      <Heading level="2" size="small" spacing>
        {t("overskrift")}
      </Heading>
      <BodyLong>{t("tekst")}</BodyLong>
    </Alert>
  );
}

/** KB-009: the API knows nothing about this party. A calm state, not an error. */
export function IngenData() {
  const t = useTranslations("oversikt.ingenData");
  return (
    <Alert variant="info" data-testid="ingen-data">
      <Heading level="2" size="small" spacing>
        {t("overskrift")}
      </Heading>
      <BodyLong>{t("tekst")}</BodyLong>
    </Alert>
  );
}
