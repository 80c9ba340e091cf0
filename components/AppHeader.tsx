import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { SpraakVelger } from "./SpraakVelger";
import styles from "./AppHeader.module.css";

/** The page header: service name, the language choice, and a slot for the party switcher and "Logg ut". */
export function AppHeader({ children }: { children?: ReactNode }) {
  const t = useTranslations("felles.tjeneste");
  return (
    <header className={styles.header}>
      <div className={`app-container ${styles.inner}`}>
        <Link href="/" className={styles.brand}>
          <span className={styles.etat}>{t("etat")}</span>
          <span className={styles.navn}>{t("navn")}</span>
        </Link>
        <div className={styles.actions}>
          <SpraakVelger />
          {children}
        </div>
      </div>
    </header>
  );
}
