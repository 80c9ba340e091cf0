import { Skeleton } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { Hoved } from "./_components/Hoved";
import { ListeSkjelett } from "./_components/ListeSkjelett";
import { TregtSvar } from "@/components/TregtSvar";
import styles from "./_components/oversikt.module.css";

/** While the party's page loads: skeletons shaped like the heading, the cards and the list. */
export default function Laster() {
  const t = useTranslations("oversikt.laster");
  return (
    <Hoved>
      {/* Outside the busy region, whose changes a screen reader may hold back. */}
      <TregtSvar />
      <div aria-busy="true" data-testid="oversikt-laster">
        <span className="aksel-sr-only" role="status">
          {t("oversikt")}
        </span>
        <div className={styles.sidehode} aria-hidden>
          <Skeleton variant="text" width="50%" height="3rem" />
          <Skeleton variant="text" width="30%" />
          <Skeleton variant="text" width="80%" />
        </div>
        <div className={`${styles.kort} ${styles.kortSkjelett}`} aria-hidden>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} variant="rounded" height="7rem" />
          ))}
        </div>
        <ListeSkjelett rader={6} />
      </div>
    </Hoved>
  );
}
