import { createTranslator } from "use-intl/core";
import { meldinger } from "../../lib/tekster";
import type { Spraak } from "../../lib/i18n/spraak";

/**
 * The texts the specs look for, from the app's own message files, so a copy change cannot
 * silently break a test. `tekster` is the bokmål messages as plain data (for fixed strings);
 * `oversett(spraak)` formats ICU messages with arguments: `oversett("en")("oversikt.kort.antall", { n: 2 })`.
 */
export const tekster = meldinger.nb;

export function oversett(spraak: Spraak = "nb") {
  return createTranslator({ locale: spraak, messages: meldinger[spraak], timeZone: "Europe/Oslo" });
}

/** Bokmål, formatted: `t("oversikt.kort.antall", { n: 2 })`. */
export const t = oversett("nb");
