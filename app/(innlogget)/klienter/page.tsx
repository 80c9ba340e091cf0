import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { BodyLong, Heading } from "@navikt/ds-react";
import { AppHeader } from "@/components/AppHeader";
import { LogoutButton } from "@/components/LogoutButton";
import { requireSession } from "@/lib/auth/guard";
import { PARTY_PICKER_PATH } from "@/lib/auth/paths";
import { iDag } from "@/lib/dato";
import { Klientoversikt } from "./_components/Klientoversikt";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("klienter");
  return { title: t("tittel") };
}

/**
 * Every party the person may see, one row each. The list comes from the session (Altinn, via
 * the guard) and is in the first HTML; each row's figures are fetched by the browser from
 * /api/klienter/[orgnr], which checks access to that party again. One party or none: there is
 * nothing to compare, so the front page takes over.
 */
export default async function KlienterSide() {
  const { parties } = await requireSession("/klienter");
  if (parties.length < 2) redirect("/");
  const liste = parties.map((p) => ({ orgnr: p.orgnr, navn: p.name }));
  const t = await getTranslations("klienter");
  return (
    <>
      <AppHeader>
        <Link href={PARTY_PICKER_PATH} prefetch={false}>
          {t("tilVelgVirksomhet")}
        </Link>
        <LogoutButton />
      </AppHeader>
      <main id="maincontent" tabIndex={-1} className="app-container">
        <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
          {t("overskrift")}
        </Heading>
        <BodyLong spacing>{t("ingress")}</BodyLong>
        <Klientoversikt klienter={liste} iDag={iDag()} />
      </main>
    </>
  );
}
