import { useTranslations } from "next-intl";

/** The API names kravgrupper in bokmål only: the ones we know get the page's language, others stay as given. */
const KJENTE_GRUPPER = {
  Skatt: "skatt",
  Merverdiavgift: "merverdiavgift",
  Arbeidsgiveravgift: "arbeidsgiveravgift",
  Forskuddstrekk: "forskuddstrekk",
  Særavgifter: "saeravgifter",
  "Andre krav": "andreKrav",
} as const;

/** A kravgruppe's name in the page's language (server or client component). */
export function useKravgruppeNavn(): (kravgruppe: string) => string {
  const t = useTranslations("oversikt.kravgrupper");
  return (kravgruppe) =>
    Object.hasOwn(KJENTE_GRUPPER, kravgruppe) ? t(`navn.${KJENTE_GRUPPER[kravgruppe as keyof typeof KJENTE_GRUPPER]}`) : kravgruppe;
}
