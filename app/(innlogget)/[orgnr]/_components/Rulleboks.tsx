import type { ReactNode } from "react";
import styles from "./oversikt.module.css";

/** A table that may be wider than the screen scrolls inside this box (keyboard-reachable), not the page. */
export function Rulleboks({ etikett, children }: { etikett: string; children: ReactNode }) {
  return (
    // tabIndex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <div className={styles.rulleboks} tabIndex={0} role="region" aria-label={etikett}>
      {children}
    </div>
  );
}
