import { Link } from "@navikt/ds-react";
import { useLocale, useTranslations } from "next-intl";
import { HJELP_PATH, SKATTEETATEN_LENKER, TILGJENGELIGHET_PATH } from "@/lib/hjelp/lenker";
import { tilSpraak } from "@/lib/i18n/spraak";
import styles from "./AppFooter.module.css";

export function AppFooter() {
  const t = useTranslations("felles.skall");
  const h = useTranslations("hjelp.bunn");
  const kontakt = SKATTEETATEN_LENKER[tilSpraak(useLocale())].kontakt;
  return (
    <footer className={styles.footer}>
      <div className="app-container">
        <p>{t("bunntekst")}</p>
        <nav aria-label={h("navigasjon")}>
          <ul className={styles.lenker}>
            <li>
              <Link href={HJELP_PATH}>{h("hjelp")}</Link>
            </li>
            <li>
              <Link href={kontakt}>{h("kontakt")}</Link>
            </li>
            <li>
              <Link href={TILGJENGELIGHET_PATH}>{h("tilgjengelighet")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
