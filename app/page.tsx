import { redirect } from "next/navigation";
import { EnterIcon } from "@navikt/aksel-icons";
import { BodyLong, Heading } from "@navikt/ds-react";
import { AppHeader } from "@/components/AppHeader";
import { LinkButton } from "@/components/LinkButton";
import { optionalSession } from "@/lib/auth/guard";
import { LOGIN_PATH, PARTY_PICKER_PATH } from "@/lib/auth/paths";
import { tekster } from "@/lib/tekster";

/** Logged in: straight to the only party, or to the picker. Not logged in: what this is, and "Logg inn". */
export default async function Forside() {
  const session = await optionalSession();
  if (session) redirect(session.parties.length === 1 ? `/${session.parties[0]!.orgnr}` : PARTY_PICKER_PATH);
  return (
    <>
      <AppHeader />
      <main id="maincontent" tabIndex={-1} className="app-container">
        <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
          {tekster.forside.overskrift}
        </Heading>
        <BodyLong spacing>{tekster.forside.ingress}</BodyLong>
        <BodyLong spacing>{tekster.forside.hvem}</BodyLong>
        {/* A plain link: the login route sends the browser straight on to ID-porten. */}
        <LinkButton href={LOGIN_PATH} icon={<EnterIcon aria-hidden />}>
          {tekster.forside.loggInn}
        </LinkButton>
      </main>
    </>
  );
}
