import { BodyLong, Heading } from "@navikt/ds-react";
import { requirePartyAccess } from "@/lib/auth/guard";
import { formatOrgnr } from "@/lib/format";
import { tekster } from "@/lib/tekster";

/** Placeholder until the overview screens arrive: the party's name under the service's heading. */
export default async function PartyPage({ params }: { params: Promise<{ orgnr: string }> }) {
  const { orgnr } = await params;
  const { party } = await requirePartyAccess(orgnr);
  return (
    <main id="maincontent" tabIndex={-1} className="app-container">
      <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
        {tekster.tjeneste.navn}
      </Heading>
      <BodyLong>
        {party.name} ({tekster.innlogging.orgnr} {formatOrgnr(party.orgnr)})
      </BodyLong>
    </main>
  );
}
