import Link from "next/link";
import type { ReactNode } from "react";
import { tekster } from "@/lib/tekster";
import styles from "./AppHeader.module.css";

/** The page header: service name, and a slot for the party switcher and "Logg ut". */
export function AppHeader({ children }: { children?: ReactNode }) {
  return (
    <header className={styles.header}>
      <div className={`app-container ${styles.inner}`}>
        <Link href="/" className={styles.brand}>
          <span className={styles.etat}>{tekster.tjeneste.etat}</span>
          <span className={styles.navn}>{tekster.tjeneste.navn}</span>
        </Link>
        {children ? <div className={styles.actions}>{children}</div> : null}
      </div>
    </header>
  );
}
