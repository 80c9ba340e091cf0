"use client";

import { BodyShort } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { summerKlienter, visKlienter } from "@/lib/klientoversikt/tabell";
import { Filtre } from "./Filtre";
import { KlientEksport } from "./KlientEksport";
import { KlientTabell } from "./KlientTabell";
import { Totaler } from "./Totaler";
import { useKlientSammendrag, type Klient } from "./useKlientSammendrag";
import { useKlientTilstand } from "./useKlientTilstand";
import styles from "./klienter.module.css";

/**
 * The klientoversikt: usable at once (names and numbers come with the page), the figures fill
 * in as each client's summary arrives; filter, sort and totals work on what has arrived.
 */
export function Klientoversikt({ klienter, iDag }: { klienter: Klient[]; iDag: string }) {
  const t = useTranslations("klienter");
  const { tilstand, endre, query } = useKlientTilstand();
  const rader = useKlientSammendrag(klienter);
  const synlige = useMemo(() => visKlienter(rader, tilstand, iDag), [rader, tilstand, iDag]);
  const totaler = useMemo(() => summerKlienter(synlige), [synlige]);
  const ferdig = rader.filter((r) => r.status !== "henter").length;
  const feilet = rader.filter((r) => r.status === "feil" && !r.feil?.ingenData).length;
  const fremdrift = t("fremdrift", { hentet: ferdig, totalt: rader.length });

  return (
    <>
      <div className={styles.fremdrift}>
        <progress max={rader.length} value={ferdig} aria-label={fremdrift} />
        <BodyShort role="status" data-testid="klienter-fremdrift">
          {fremdrift}
          {feilet > 0 ? `, ${t("feilet", { n: feilet })}` : ""}
        </BodyShort>
      </div>
      <Totaler totaler={totaler} />
      <Filtre tilstand={tilstand} endre={endre} />
      <BodyShort size="small" data-testid="klienter-antall">
        {synlige.length === rader.length ? t("filter.visningAlle", { totalt: rader.length }) : t("filter.visningAntall", { vist: synlige.length, totalt: rader.length })}
        {(tilstand.bareForfalte || tilstand.innen14) && ferdig < rader.length ? ` ${t("filter.ukjentMerknad")}` : ""}
      </BodyShort>
      {/* Above the table: with 200 clients, a button under the rows is far out of sight. */}
      <KlientEksport query={query} rader={synlige} hentet={ferdig} totalt={rader.length} />
      <KlientTabell rader={synlige} sortering={tilstand.sortering} onSort={(sortering) => endre({ sortering })} />
    </>
  );
}
