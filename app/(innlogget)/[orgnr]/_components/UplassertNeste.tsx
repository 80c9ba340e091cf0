import { BodyLong, Heading } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { KontaktSkatteetaten } from "@/components/KontaktSkatteetaten";
import { useFormatering } from "@/lib/i18n/useFormatering";

/** The next step for money not used yet: what to ask Skatteetaten, and how to reach them. */
export function UplassertNeste({ forfalt }: { forfalt: number }) {
  const t = useTranslations("hjelp.uplassert");
  const f = useFormatering();
  return (
    <div data-testid="uplassert-neste" style={{ marginTop: "1rem" }}>
      <Heading level="3" size="xsmall" spacing>
        {t("nesteOverskrift")}
      </Heading>
      <BodyLong spacing>{forfalt > 0 ? t("nesteForfalt", { sum: f.kroner(forfalt) }) : t("nesteIngenForfalt")}</BodyLong>
      <KontaktSkatteetaten />
    </div>
  );
}
