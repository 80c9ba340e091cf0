import type { Metadata } from "next";
import { BodyLong, Heading } from "@navikt/ds-react";
import { AppHeader } from "@/components/AppHeader";
import { KlientoversiktLenke } from "@/components/KlientoversiktLenke";
import { LogoutButton } from "@/components/LogoutButton";
import { requireSession } from "@/lib/auth/guard";
import { PARTY_PICKER_PATH } from "@/lib/auth/paths";
import { getTranslations } from "next-intl/server";
import { NoParties } from "./_components/NoParties";
import { PartyPicker } from "./_components/PartyPicker";
import { RefreshParties } from "./_components/RefreshParties";

export async function generateMetadata(): Promise<Metadata> {
  const [{ parties }, t] = await Promise.all([requireSession(PARTY_PICKER_PATH), getTranslations("innlogging")]);
  return { title: parties.length === 0 ? t("ingenVirksomheter.tittel") : t("velg.tittel") };
}

export default async function VelgVirksomhetPage() {
  const [{ parties }, t] = await Promise.all([requireSession(PARTY_PICKER_PATH), getTranslations("innlogging.velg")]);
  return (
    <>
      <AppHeader>
        {parties.length > 1 ? <KlientoversiktLenke /> : null}
        <LogoutButton />
      </AppHeader>
      <main id="maincontent" tabIndex={-1} className="app-container">
        {parties.length === 0 ? (
          <NoParties />
        ) : (
          <>
            <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
              {t("overskrift")}
            </Heading>
            <BodyLong>{t("ingress")}</BodyLong>
            <PartyPicker parties={parties} />
          </>
        )}
        <RefreshParties />
      </main>
    </>
  );
}
