import { BodyLong, Heading } from "@navikt/ds-react";
import { AppHeader } from "@/components/AppHeader";
import { tekster } from "@/lib/tekster";

export default function Forside() {
  return (
    <>
      <AppHeader />
      <main id="maincontent" tabIndex={-1} className="app-container">
        <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
          {tekster.forside.overskrift}
        </Heading>
        <BodyLong spacing>{tekster.forside.ingress}</BodyLong>
        <BodyLong>{tekster.forside.hvem}</BodyLong>
      </main>
    </>
  );
}
