import { Skeleton } from "@navikt/ds-react";
import styles from "./oversikt.module.css";

/** Skeleton rows shaped like a table while a list loads. */
export function ListeSkjelett({ rader = 5 }: { rader?: number }) {
  return (
    <div className={styles.skjelett} aria-hidden data-testid="skjelett">
      <Skeleton variant="rectangle" height="2.5rem" />
      {Array.from({ length: rader }, (_, i) => (
        <Skeleton key={i} variant="rectangle" height="3rem" />
      ))}
    </div>
  );
}
