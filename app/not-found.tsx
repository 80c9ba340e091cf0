import Link from "next/link";
import { BodyLong, Heading } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { AppHeader } from "@/components/AppHeader";

export default function NotFound() {
  const t = useTranslations("felles.feil");
  return (
    <>
      <AppHeader />
      <main id="maincontent" tabIndex={-1} className="app-container">
        <Heading level="1" size="large" spacing style={{ marginTop: "2rem" }}>
          {t("ikkeFunnet")}
        </Heading>
        <BodyLong spacing>{t("ikkeFunnetTekst")}</BodyLong>
        <Link href="/">{t("tilForsiden")}</Link>
      </main>
    </>
  );
}
