import { ArrowsCirclepathIcon } from "@navikt/aksel-icons";
import { BodyShort } from "@navikt/ds-react";
import { Button } from "@navikt/ds-react/Button";
import { innlogging } from "@/lib/tekster/innlogging";

/** Asks Altinn again (a new delegation shows up without logging out). */
export function RefreshParties() {
  return (
    <form method="post" action="/api/auth/virksomheter/oppdater" style={{ marginTop: "2.5rem" }}>
      <BodyShort spacing>{innlogging.velg.oppdaterForklaring}</BodyShort>
      <Button type="submit" variant="tertiary" size="small" icon={<ArrowsCirclepathIcon aria-hidden />}>
        {innlogging.velg.oppdater}
      </Button>
    </form>
  );
}
