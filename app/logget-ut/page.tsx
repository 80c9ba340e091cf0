import type { Metadata } from "next";
import { connection } from "next/server";
import { BodyLong, Heading } from "@navikt/ds-react";
import { AppHeader } from "@/components/AppHeader";
import { LinkButton } from "@/components/LinkButton";
import { LOGIN_PATH } from "@/lib/auth/paths";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("innlogging.loggetUt");
  return { title: t("tittel"), robots: { index: false } };
}

/** Where ID-porten's end_session_endpoint returns the browser (post_logout_redirect_uri). */
export default async function LoggetUtPage() {
  await connection();
  const t = await getTranslations("innlogging.loggetUt");
  return (
    <>
      <AppHeader />
      <main id="maincontent" tabIndex={-1} className="app-container">
        <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
          {t("overskrift")}
        </Heading>
        <BodyLong spacing>{t("tekst")}</BodyLong>
        <LinkButton href={LOGIN_PATH} variant="secondary">
          {t("loggInnIgjen")}
        </LinkButton>
      </main>
    </>
  );
}
