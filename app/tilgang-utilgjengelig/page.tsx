import type { Metadata } from "next";
import { BodyLong, Heading } from "@navikt/ds-react";
import { AppHeader } from "@/components/AppHeader";
import { LinkButton } from "@/components/LinkButton";
import { safeReference } from "@/lib/auth/login-page";
import { safeReturnTo } from "@/lib/auth/paths";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("okt.utilgjengelig");
  return { title: t("tittel"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ arsak?: string; ref?: string; tilbake?: string }> };

/**
 * Altinn could not tell us who may see what: it answered something we cannot read («Altinn
 * svarer ikke som forventet») or did not answer. The reference is the request id on the log line.
 */
export default async function TilgangUtilgjengeligPage({ searchParams }: Props) {
  const { arsak, ref, tilbake } = await searchParams;
  const t = await getTranslations("okt.utilgjengelig");
  const reference = safeReference(typeof ref === "string" ? ref : null);
  const format = arsak === "format";
  return (
    <>
      <AppHeader />
      <main id="maincontent" tabIndex={-1} className="app-container">
        <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
          {format ? t("formatOverskrift") : t("nedeOverskrift")}
        </Heading>
        <BodyLong spacing>{format ? t("formatTekst") : t("nedeTekst")}</BodyLong>
        {reference ? (
          <BodyLong spacing>
            {t("referanse")}: <code>{reference}</code>
          </BodyLong>
        ) : null}
        <LinkButton href={safeReturnTo(typeof tilbake === "string" ? tilbake : null)}>{t("proevIgjen")}</LinkButton>
      </main>
    </>
  );
}
