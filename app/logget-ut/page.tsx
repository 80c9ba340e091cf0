import type { Metadata } from "next";
import { connection } from "next/server";
import { BodyLong, Heading } from "@navikt/ds-react";
import { AppHeader } from "@/components/AppHeader";
import { LinkButton } from "@/components/LinkButton";
import { LOGIN_PATH } from "@/lib/auth/paths";
import { innlogging } from "@/lib/tekster/innlogging";

export const metadata: Metadata = { title: innlogging.loggetUt.tittel, robots: { index: false } };

/** Where ID-porten's end_session_endpoint returns the browser (post_logout_redirect_uri). */
export default async function LoggetUtPage() {
  await connection();
  return (
    <>
      <AppHeader />
      <main id="maincontent" tabIndex={-1} className="app-container">
        <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
          {innlogging.loggetUt.overskrift}
        </Heading>
        <BodyLong spacing>{innlogging.loggetUt.tekst}</BodyLong>
        <LinkButton href={LOGIN_PATH} variant="secondary">
          {innlogging.loggetUt.loggInnIgjen}
        </LinkButton>
      </main>
    </>
  );
}
