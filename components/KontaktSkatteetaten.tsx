import { BodyShort, Link } from "@navikt/ds-react";
import { useLocale, useTranslations } from "next-intl";
import { SKATTEETATEN_LENKER, SKATTEETATEN_TELEFON, telefonLenke } from "@/lib/hjelp/lenker";
import { tilSpraak } from "@/lib/i18n/spraak";

/** Where to turn: Skatteetaten's contact page and phone numbers (server or client). */
export function KontaktSkatteetaten({ size = "medium" }: { size?: "small" | "medium" }) {
  const t = useTranslations("hjelp.kontakt");
  const lenker = SKATTEETATEN_LENKER[tilSpraak(useLocale())];
  return (
    <BodyShort size={size} data-testid="kontakt-skatteetaten">
      <Link href={lenker.kontakt}>{t("lenke")}</Link>
      {" · "}
      {t("telefon")} <Link href={telefonLenke(SKATTEETATEN_TELEFON.innland)}>{SKATTEETATEN_TELEFON.innland}</Link>
      {` (${t("utland")} `}
      <Link href={telefonLenke(SKATTEETATEN_TELEFON.utland)}>{SKATTEETATEN_TELEFON.utland}</Link>)
    </BodyShort>
  );
}
