import { Button } from "@navikt/ds-react/Button";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { CURRENT_PATH_HEADER_NAME } from "@/lib/auth/paths";
import { SPRAAK, tilSpraak } from "@/lib/i18n/spraak";
import { SPRAAK_PATH } from "@/lib/i18n/paths";
import styles from "./SpraakVelger.module.css";

/**
 * Bokmål, Nynorsk, English: a plain form POST (works without JavaScript) that sets the language
 * cookie and reloads the same page. Each name is written in its own language, with `lang`.
 */
export async function SpraakVelger() {
  const [t, locale, h] = await Promise.all([getTranslations("felles.spraak"), getLocale(), headers()]);
  const valgt = tilSpraak(locale);
  const navn = { nb: t("nb"), nn: t("nn"), en: t("en") };
  return (
    <form method="post" action={SPRAAK_PATH} className={styles.velger}>
      <input type="hidden" name="tilbake" value={h.get(CURRENT_PATH_HEADER_NAME) ?? "/"} />
      <div role="group" aria-label={t("velger")} className={styles.knapper}>
        {SPRAAK.map((s) => (
          <Button
            key={s}
            type="submit"
            name="spraak"
            value={s}
            lang={s}
            size="xsmall"
            variant={s === valgt ? "primary-neutral" : "tertiary-neutral"}
            aria-pressed={s === valgt}
          >
            {navn[s]}
          </Button>
        ))}
      </div>
    </form>
  );
}
