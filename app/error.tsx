"use client";

import { BodyLong, Button, Heading } from "@navikt/ds-react";
import { useTranslations } from "next-intl";

/** Last line of defence: never a blank page or a stack trace. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("felles.feil");
  return (
    <main id="maincontent" tabIndex={-1} className="app-container">
      <Heading level="1" size="large" spacing style={{ marginTop: "2rem" }}>
        {t("uventet")}
      </Heading>
      <BodyLong spacing>{t("uventetTekst")}</BodyLong>
      {error.digest ? (
        <BodyLong spacing>
          {t("referanse")}: <code>{error.digest}</code>
        </BodyLong>
      ) : null}
      <Button onClick={reset}>{t("proevIgjen")}</Button>
    </main>
  );
}
