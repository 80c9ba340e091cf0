import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@navikt/ds-react/Link";
import { BodyLong, BodyShort, Heading } from "@navikt/ds-react/Typography";
import { requirePartyAccess } from "@/lib/auth/guard";
import { iDag } from "@/lib/dato";
import { formatOrgnr } from "@/lib/format";
import { KontoutskriftSkjema } from "./_components/KontoutskriftSkjema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("kontoutskrift");
  return { title: t("side.tittel") };
}

/** "Last ned kontoutskrift": the form; the file itself comes from /api/part/[orgnr]/kontoutskrift. */
export default async function KontoutskriftSide({ params }: { params: Promise<{ orgnr: string }> }) {
  const { orgnr } = await params;
  const { party } = await requirePartyAccess(orgnr);
  const t = await getTranslations("kontoutskrift");
  return (
    <main id="maincontent" tabIndex={-1} className="app-container">
      <BodyShort spacing style={{ marginTop: "1.5rem" }}>
        <Link href={`/${party.orgnr}`}>
          {t("side.tilbake")}
        </Link>
      </BodyShort>
      <Heading level="1" size="large" spacing>
        {t("side.tittel")}
      </Heading>
      <BodyShort spacing weight="semibold">
        {party.name} ({formatOrgnr(party.orgnr)})
      </BodyShort>
      <BodyLong spacing style={{ maxWidth: "40rem" }}>
        {t("side.ingress")}
      </BodyLong>
      <KontoutskriftSkjema orgnr={party.orgnr} iDag={iDag()} />
    </main>
  );
}
