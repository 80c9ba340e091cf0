import { Alert, BodyLong, Heading } from "@navikt/ds-react";
import { oversikt } from "@/lib/tekster/oversikt";

const t = oversikt;

/** A screened party: details are missing on purpose, the sums are right. */
export function SkjermetVarsel() {
  return (
    <Alert variant="info" data-testid="skjermet">
      <Heading level="2" size="small" spacing>
        {t.skjermet.overskrift}
      </Heading>
      <BodyLong>{t.skjermet.tekst}</BodyLong>
    </Alert>
  );
}

/** KB-009: the API knows nothing about this party. A calm state, not an error. */
export function IngenData() {
  return (
    <Alert variant="info" data-testid="ingen-data">
      <Heading level="2" size="small" spacing>
        {t.ingenData.overskrift}
      </Heading>
      <BodyLong>{t.ingenData.tekst}</BodyLong>
    </Alert>
  );
}
