import { useTranslations } from "next-intl";
import styles from "./AppFooter.module.css";

export function AppFooter() {
  const t = useTranslations("felles.skall");
  return (
    <footer className={styles.footer}>
      <div className="app-container">
        <p>{t("bunntekst")}</p>
      </div>
    </footer>
  );
}
