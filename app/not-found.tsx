import Link from "next/link";
import { BodyLong, Heading } from "@navikt/ds-react";
import { AppHeader } from "@/components/AppHeader";
import { tekster } from "@/lib/tekster";

export default function NotFound() {
  return (
    <>
      <AppHeader />
      <main id="maincontent" tabIndex={-1} className="app-container">
        <Heading level="1" size="large" spacing style={{ marginTop: "2rem" }}>
          {tekster.feil.ikkeFunnet}
        </Heading>
        <BodyLong spacing>{tekster.feil.ikkeFunnetTekst}</BodyLong>
        <Link href="/">{tekster.feil.tilForsiden}</Link>
      </main>
    </>
  );
}
