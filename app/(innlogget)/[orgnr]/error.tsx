"use client";

import { BodyLong, Button, Heading } from "@navikt/ds-react";
import { felles as tekster } from "@/lib/tekster/felles";

/**
 * An unexpected failure while rendering the party's page: explain, offer a retry, and show the
 * error's digest as the reference (the server log line carries it). Never a stack trace.
 * Built from the same parts as app/error.tsx so it adds next to nothing to the page's JS.
 */
export default function OversiktFeil({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="maincontent" tabIndex={-1} className="app-container">
      <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
        {tekster.tjeneste.navn}
      </Heading>
      <Heading level="2" size="medium" spacing>
        {tekster.feil.uventet}
      </Heading>
      <BodyLong spacing>{tekster.feil.uventetTekst}</BodyLong>
      {error.digest ? (
        <BodyLong spacing>
          {tekster.feil.referanse}: <code>{error.digest}</code>
        </BodyLong>
      ) : null}
      <Button onClick={reset}>{tekster.feil.proevIgjen}</Button>
    </main>
  );
}
