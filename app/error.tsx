"use client";

import { BodyLong, Button, Heading } from "@navikt/ds-react";
import { tekster } from "@/lib/tekster";

/** Last line of defence: never a blank page or a stack trace. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="maincontent" tabIndex={-1} className="app-container">
      <Heading level="1" size="large" spacing style={{ marginTop: "2rem" }}>
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
