import type { Spraak } from "@/lib/i18n/spraak";

/**
 * Skatteetaten's own pages and phone numbers that the service points to for help, in one place
 * (checked against skatteetaten.no, December 2026: check again before release, pages move).
 */
export const SKATTEETATEN_TELEFON = { innland: "800 80 000", utland: "+47 22 07 70 00" } as const;

/** For a tel: link: digits and a leading +. */
export const telefonLenke = (nummer: string) => `tel:${nummer.replace(/[^\d+]/g, "")}`;

export const SKATTEETATEN_LENKER: Record<Spraak, { kontakt: string; betalingsavtale: string }> = {
  nb: { kontakt: "https://www.skatteetaten.no/kontakt/", betalingsavtale: "https://www.skatteetaten.no/betalingsvansker/betalingsavtale/" },
  nn: { kontakt: "https://www.skatteetaten.no/nn/kontakt/", betalingsavtale: "https://www.skatteetaten.no/nn/betalingsvansker/betalingsavtale-for-skatt-og-avgift/" },
  // No English page on payment agreements for businesses: the Norwegian one.
  en: { kontakt: "https://www.skatteetaten.no/en/contact/", betalingsavtale: "https://www.skatteetaten.no/betalingsvansker/betalingsavtale/" },
};

/** The service's own help and accessibility statement. */
export const HJELP_PATH = "/hjelp";
export const TILGJENGELIGHET_PATH = "/tilgjengelighet";
export const UUTILSYNET = "https://www.uutilsynet.no/";
