import type { CSSProperties, ReactNode } from "react";
import styles from "./Kortliste.module.css";

/**
 * An Aksel table that is one card per row below 48rem, with CSS only: the same markup on every
 * width, so nothing shifts and nothing is fetched twice. Put `tabell` on the Table, wrap each
 * labelled cell's content in <Felt>, and mark the cell that names the row `tittel` and the one
 * with the row's button `handling`. `kortlisteStil(detaljer)` gives an expandable row's toggle
 * a visible word on a card (the chevron alone says little on a phone).
 */
export const kortliste = { tabell: styles.tabell, tittel: styles.tittel, handling: styles.handling };

export function kortlisteStil(detaljer: string): CSSProperties {
  return { "--kortliste-detaljer": JSON.stringify(detaljer) } as CSSProperties;
}

/** A cell's column name and value: the name is shown only on a card, where there is no header row. */
export function Felt({ navn, children }: { navn: string; children: ReactNode }) {
  return (
    <>
      <span className={styles.etikett}>{navn}</span>
      <div className={styles.verdi}>{children}</div>
    </>
  );
}
