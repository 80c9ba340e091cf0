import type { Metadata } from "next";
import { EnterIcon } from "@navikt/aksel-icons";
import { Alert, BodyLong, Heading } from "@navikt/ds-react";
import { AppHeader } from "@/components/AppHeader";
import { LinkButton } from "@/components/LinkButton";
import { loginPath } from "@/lib/auth/paths";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("okt.innlogging");
  return { title: t("tittel"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ utlopt?: string; tilbake?: string }> };

/**
 * The login page: where a session that ran out (idle, lifetime, or Altinn refused to renew)
 * lands, with a short «Økten din er utløpt» and a login that returns to where the person was.
 */
export default async function LoggInnPage({ searchParams }: Props) {
  const { utlopt, tilbake } = await searchParams;
  const t = await getTranslations("okt.innlogging");
  const expired = utlopt === "1";
  return (
    <>
      <AppHeader />
      <main id="maincontent" tabIndex={-1} className="app-container">
        <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
          {t("overskrift")}
        </Heading>
        {expired ? (
          <Alert variant="warning" style={{ marginBottom: "1.5rem" }}>
            <Heading level="2" size="small" spacing>
              {t("utloptOverskrift")}
            </Heading>
            <BodyLong>{t("utloptTekst")}</BodyLong>
          </Alert>
        ) : (
          <BodyLong spacing>{t("ingress")}</BodyLong>
        )}
        {/* loginPath checks tilbake (same-origin path only). */}
        <LinkButton href={loginPath(typeof tilbake === "string" ? tilbake : null)} icon={<EnterIcon aria-hidden />}>
          {expired ? t("loggInnIgjen") : t("loggInn")}
        </LinkButton>
      </main>
    </>
  );
}
