import { ArrowsCirclepathIcon } from "@navikt/aksel-icons";
import { BodyShort } from "@navikt/ds-react";
import { Button } from "@navikt/ds-react/Button";
import { useTranslations } from "next-intl";

/** Asks Altinn again (a new delegation shows up without logging out). */
export function RefreshParties() {
  const t = useTranslations("innlogging.velg");
  return (
    <form method="post" action="/api/auth/virksomheter/oppdater" style={{ marginTop: "2.5rem" }}>
      <BodyShort spacing>{t("oppdaterForklaring")}</BodyShort>
      <Button type="submit" variant="tertiary" size="small" icon={<ArrowsCirclepathIcon aria-hidden />}>
        {t("oppdater")}
      </Button>
    </form>
  );
}
