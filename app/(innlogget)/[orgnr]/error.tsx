"use client";

import { BodyLong, Button, Heading } from "@navikt/ds-react";
import { useTranslations } from "next-intl";

/**
 * An unexpected failure while rendering the party's page: explain, offer a retry, and show the
 * error's digest as the reference (the server log line carries it). Never a stack trace.
 * Built from the same parts as app/error.tsx so it adds next to nothing to the page's JS.
 */
export default function OversiktFeil({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("felles");
  return (
    <main id="maincontent" tabIndex={-1} className="app-container">
      <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
        {t("tjeneste.navn")}
      </Heading>
      <Heading level="2" size="medium" spacing>
        {t("feil.uventet")}
      </Heading>
      <BodyLong spacing>{t("feil.uventetTekst")}</BodyLong>
      {error.digest ? (
        <BodyLong spacing>
          {t("feil.referanse")}: <code>{error.digest}</code>
        </BodyLong>
      ) : null}
      <Button onClick={reset}>{t("feil.proevIgjen")}</Button>
    </main>
  );
}
