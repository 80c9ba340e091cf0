"use client";

import { BodyLong, Search } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import type { Endring, OversiktTilstand } from "@/lib/krav-visning/tilstand";
import { useTranslations } from "next-intl";
import { Listevisning } from "../Listevisning";
import { useListe } from "../useListe";
import styles from "../oversikt.module.css";
import { UbetalteTabell } from "./UbetalteTabell";

/** The Ubetalte krav tab: free-text filter, sortable table with details, pages. */
export function UbetalteKrav(props: { orgnr: string; iDag: string; tilstand: OversiktTilstand; endre: (e: Endring, modus?: "push" | "replace") => void }) {
  const t = useTranslations("oversikt");
  const { tilstand, endre } = props;
  const query = useListe(props.orgnr, "ubetalte", tilstand);
  const [sok, setSok] = useState(tilstand.sok);
  const [sokIUrl, setSokIUrl] = useState(tilstand.sok);

  // Back/forward can change the search in the URL: follow it (adjusting state while rendering).
  if (tilstand.sok !== sokIUrl) {
    setSokIUrl(tilstand.sok);
    setSok(tilstand.sok);
  }

  // Typing updates the URL (replace, not a history entry per key) after a short pause.
  useEffect(() => {
    if (sok === tilstand.sok) return;
    const timer = setTimeout(() => endre({ sok }, "replace"), 300);
    return () => clearTimeout(timer);
  }, [sok, tilstand.sok, endre]);

  const harKrav = (query.data?.antallTotalt ?? 1) > 0;
  return (
    <>
      <BodyLong spacing>{t("ubetalte.intro")}</BodyLong>
      {harKrav ? (
        <div className={styles.verktoey}>
          <div className={styles.sok}>
            <Search label={t("ubetalte.sok")} hideLabel={false} description={t("ubetalte.sokBeskrivelse")} variant="simple" size="small" value={sok} onChange={setSok} />
          </div>
        </div>
      ) : null}
      <Listevisning
        query={query}
        navn="ubetalte krav"
        etikett={t("ubetalte.overskrift")}
        feilHva={t("feil.hva.aapnekrav")}
        tom={query.data && query.data.antallTotalt > 0 ? t("ubetalte.ingenTreff", { q: tilstand.sok }) : t("ubetalte.tom")}
        onSide={(side) => endre({ side })}
      >
        {(data) => <UbetalteTabell data={data} orgnr={props.orgnr} iDag={props.iDag} onSort={(sortering) => endre({ sortering })} />}
      </Listevisning>
    </>
  );
}
