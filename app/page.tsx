import { redirect } from "next/navigation";
import { EnterIcon } from "@navikt/aksel-icons";
import { BodyLong, Heading } from "@navikt/ds-react";
import { AppHeader } from "@/components/AppHeader";
import { LinkButton } from "@/components/LinkButton";
import { optionalSessionForPage } from "@/lib/auth/guard";
import { LOGIN_PATH, PARTY_PICKER_PATH } from "@/lib/auth/paths";
import { getTranslations } from "next-intl/server";

/** Logged in: straight to the only party, or to the picker. Not logged in: what this is, and "Logg inn". */
export default async function Forside() {
  const session = await optionalSessionForPage();
  if (session) redirect(session.parties.length === 1 ? `/${session.parties[0]!.orgnr}` : PARTY_PICKER_PATH);
  const t = await getTranslations("felles.forside");
  return (
    <>
      <AppHeader />
      <main id="maincontent" tabIndex={-1} className="app-container">
        <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
          {t("overskrift")}
        </Heading>
        <BodyLong spacing>{t("ingress")}</BodyLong>
        <BodyLong spacing>{t("hvem")}</BodyLong>
        {/* A plain link: the login route sends the browser straight on to ID-porten. */}
        <LinkButton href={LOGIN_PATH} icon={<EnterIcon aria-hidden />}>
          {t("loggInn")}
        </LinkButton>
      </main>
    </>
  );
}
