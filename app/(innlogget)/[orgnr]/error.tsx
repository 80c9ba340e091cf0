"use client";

import { Heading } from "@navikt/ds-react";
import { Feilmelding } from "@/components/Feilmelding";
import { tekster } from "@/lib/tekster";
import { Hoved } from "./_components/Hoved";

/**
 * An unexpected failure while rendering the party's page: explain, offer a retry, and show the
 * error's digest as the reference (the server log line carries it). Never a stack trace.
 */
export default function OversiktFeil({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Hoved>
      <div style={{ marginBlock: "2rem" }}>
        <Heading level="1" size="xlarge" spacing>
          {tekster.oversikt.side.overskrift}
        </Heading>
        <Feilmelding
          feil={{ type: "ukjent", status: null, kode: null, korrelasjonsid: error.digest ?? null, kanProevesIgjen: true, ingenData: false }}
          hva={tekster.oversikt.feil.hva.aapnekrav}
          headingLevel="2"
          onProevIgjen={reset}
        />
      </div>
    </Hoved>
  );
}
