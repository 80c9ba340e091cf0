import { formatKroner } from "@/lib/format";
import styles from "./Beloep.module.css";

/** An amount as "448 600,00 kroner": tabular figures, never broken across lines. */
export function Beloep({ verdi }: { verdi: number }) {
  return <span className={styles.beloep}>{formatKroner(verdi)}</span>;
}
