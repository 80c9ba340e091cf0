/**
 * The three languages of the UI, and what each means for formatting. Safe for the browser.
 * The same codes as ID-porten's `ui_locales` and the API's `spraakTekst[].spraak`.
 */
export const SPRAAK = ["nb", "nn", "en"] as const;
export type Spraak = (typeof SPRAAK)[number];
const STANDARD_SPRAAK: Spraak = "nb";

/** The cookie that remembers the chosen language (a year). */
export const SPRAAK_COOKIE = "spraak";
export const SPRAAK_COOKIE_MAX_AGE = 365 * 24 * 3600;

/** Locales for Intl number and date formatting. */
export const INTL_LOCALE: Record<Spraak, string> = { nb: "nb-NO", nn: "nn-NO", en: "en-GB" };

export function erSpraak(value: unknown): value is Spraak {
  return typeof value === "string" && (SPRAAK as readonly string[]).includes(value);
}

/** A language code from anywhere (cookie, id_token `locale`, next-intl's locale) as one of ours; bokmål otherwise. */
export function tilSpraak(value: unknown): Spraak {
  return erSpraak(value) ? value : STANDARD_SPRAAK;
}
