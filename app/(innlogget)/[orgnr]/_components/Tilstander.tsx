import { Alert, BodyLong, Heading } from "@navikt/ds-react";
import { KontaktSkatteetaten } from "@/components/KontaktSkatteetaten";
import { useTranslations } from "next-intl";

/**
 * A screened party: details are missing on purpose. With sums (harSummer) they are right and shown;
 * a fully screened answer (only the call's parameters) has none: then "no details".
 */
export function SkjermetVarsel({ harSummer = true }: { harSummer?: boolean }) {
  const t = useTranslations("oversikt.skjermet");
  const k = useTranslations("kravdata");
  return (
    <Alert variant="info" data-testid="skjermet">
      <Heading level="2" size="small" spacing>
        {t("overskrift")}
      </Heading>
      <BodyLong data-testid={harSummer ? undefined : "skjermet-ingen-detaljer"} spacing>{harSummer ? t("tekst") : k("ingenDetaljer")}</BodyLong>
      <KontaktSkatteetaten />
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
