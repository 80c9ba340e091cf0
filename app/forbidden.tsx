import Link from "next/link";
import { BodyLong, Heading } from "@navikt/ds-react";
import { AppHeader } from "@/components/AppHeader";
import { LogoutButton } from "@/components/LogoutButton";
import { PARTY_PICKER_PATH } from "@/lib/auth/paths";
import { useTranslations } from "next-intl";

/** 403: logged in, but this party is not one the person may act for (the guard's forbidden()). */
export default function Forbidden() {
  const t = useTranslations("innlogging.ikkeTilgang");
  return (
    <>
      <AppHeader>
        <LogoutButton />
      </AppHeader>
      <main id="maincontent" tabIndex={-1} className="app-container">
        <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
          {t("overskrift")}
        </Heading>
        <BodyLong spacing>{t("tekst")}</BodyLong>
        <Link href={PARTY_PICKER_PATH}>{t("tilVelger")}</Link>
      </main>
    </>
  );
}
