"use client";

import { Checkbox, CheckboxGroup, Search } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { KlientTilstand } from "@/lib/klientoversikt/tabell";
import styles from "./klienter.module.css";

/** Free text on name or number, and the two overdue filters; every change goes to the URL. */
export function Filtre({ tilstand, endre }: { tilstand: KlientTilstand; endre: (e: Partial<KlientTilstand>, modus?: "push" | "replace") => void }) {
  const t = useTranslations("klienter");
  // The field keeps what is typed (the URL keeps it trimmed).
  const [sok, setSok] = useState(tilstand.sok);
  // Back/forward changed the URL: show its text (adjusting state while rendering, as React advises).
  const [fraUrl, setFraUrl] = useState(tilstand.sok);
  if (fraUrl !== tilstand.sok) {
    setFraUrl(tilstand.sok);
    if (sok.trim() !== tilstand.sok) setSok(tilstand.sok);
  }
  // The boxes answer the click at once; the list follows when the URL's new state has rendered.
  const fraTilstand = [tilstand.bareForfalte ? "bareForfalte" : null, tilstand.innen14 ? "innen14" : null].filter((v): v is string => v !== null);
  const [valgt, setValgt] = useState(fraTilstand);
  const [valgtFraUrl, setValgtFraUrl] = useState(fraTilstand.join(","));
  if (valgtFraUrl !== fraTilstand.join(",")) {
    setValgtFraUrl(fraTilstand.join(","));
    setValgt(fraTilstand);
  }

  return (
    <div className={styles.verktoey} role="search" aria-label={t("filter.gruppe")}>
      <div className={styles.sok}>
        <Search
          label={t("filter.sok")}
          hideLabel={false}
          variant="simple"
          value={sok}
          autoComplete="off"
          onChange={(v) => {
            setSok(v);
            endre({ sok: v }, "replace");
          }}
          onClear={() => {
            setSok("");
            endre({ sok: "" }, "replace");
          }}
        />
      </div>
      <CheckboxGroup legend={t("filter.gruppe")} hideLegend value={valgt} onChange={(v: string[]) => {
          setValgt(v);
          endre({ bareForfalte: v.includes("bareForfalte"), innen14: v.includes("innen14") });
        }}>
        <Checkbox value="bareForfalte">{t("filter.bareForfalte")}</Checkbox>
        <Checkbox value="innen14">{t("filter.innen14")}</Checkbox>
      </CheckboxGroup>
    </div>
  );
}
