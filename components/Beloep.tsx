import { useFormatering } from "@/lib/i18n/useFormatering";
import styles from "./Beloep.module.css";

/** An amount in the page's language ("448 600,00 kroner", "NOK 448,600.00"): tabular figures, never broken across lines. */
export function Beloep({ verdi }: { verdi: number }) {
  const f = useFormatering();
  return <span className={styles.beloep}>{f.kroner(verdi)}</span>;
}
