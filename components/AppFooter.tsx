import { tekster } from "@/lib/tekster";
import styles from "./AppFooter.module.css";

export function AppFooter() {
  return (
    <footer className={styles.footer}>
      <div className="app-container">
        <p>{tekster.skall.bunntekst}</p>
      </div>
    </footer>
  );
}
