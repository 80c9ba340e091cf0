"use client";

import { ExclamationmarkTriangleFillIcon } from "@navikt/aksel-icons";
import { Detail, Table, Tag } from "@navikt/ds-react";
import { useState } from "react";
import { Beloep } from "@/components/Beloep";
import { useTranslations } from "next-intl";
import { useFormatering } from "@/lib/i18n/useFormatering";
import type { UbetaltKravRad } from "@/lib/krav-visning/visninger";
import styles from "../oversikt.module.css";
import { Kravdetaljer } from "./Kravdetaljer";
import { BetalKnapp } from "../BetalKnapp";
import { Felt, kortliste } from "@/components/Kortliste";

/** One open claim; its details are rendered only when opened (a page may hold many rows). */
export function UbetaltRad({ rad, iDag, skjermet }: { rad: UbetaltKravRad; iDag: string; skjermet: boolean }) {
  const t = useTranslations("oversikt.ubetalte");
  const b = useTranslations("betalKnapp");
  const d = useTranslations("oversikt.detaljer");
  const kolonne = useTranslations("oversikt.tabell");
  const betaling = useTranslations("oversikt.betaling");
  const f = useFormatering();
  const [aapen, setAapen] = useState(false);
  const { krav, gjeldendeForfall } = rad;
  return (
    <Table.ExpandableRow
      open={aapen}
      onOpenChange={setAapen}
      togglePlacement="right"
      content={aapen ? <Kravdetaljer rad={rad} iDag={iDag} skjermet={skjermet} /> : null}
      data-testid="ubetalt-krav"
      data-forfalt={rad.forfalt}
      data-utsatt={rad.utsattBeloep > 0}
    >
      <Table.DataCell className={rad.forfalt ? styles.forfalt : undefined}>
        <Felt navn={kolonne("forfallsdato")}>
          {gjeldendeForfall ? f.dato(gjeldendeForfall.forfallsdato) : null}
          {rad.antallForfall > 1 ? <Detail as="span" className={styles.nowrap}> ({t("forfallsdatoAv", { n: rad.forfallNummer, av: rad.antallForfall })})</Detail> : null}
        </Felt>
      </Table.DataCell>
      <Table.DataCell className={kortliste.tittel}>
        <div>{krav.beskrivelse}</div>
        {rad.forfalt ? (
          <Tag size="xsmall" variant="moderate" data-color="danger" icon={<ExclamationmarkTriangleFillIcon aria-hidden />}>
            {t("fristenErForfalt")}
          </Tag>
        ) : null}
        {rad.utsattBeloep > 0 ? (
          <Tag size="xsmall" variant="outline" data-color="info" data-testid="utsatt">
            {d("utsatt")}
          </Tag>
        ) : null}
      </Table.DataCell>
      <Table.DataCell>
        <Felt navn={kolonne("periode")}>{krav.periode ?? ""}</Felt>
      </Table.DataCell>
      <Table.DataCell align="right">
        <Felt navn={kolonne("opprinneligBeloep")}>
          <Beloep verdi={krav.opprinneligBeloep} />
        </Felt>
      </Table.DataCell>
      <Table.DataCell align="right">
        <Felt navn={betaling("aaBetale")}>
          <Beloep verdi={krav.gjenstaaendeBeloep} />
          {krav.stipulerteRenter > 0 ? (
            <Detail className={styles.forfalt}>
              {t("renterHittil")}: <Beloep verdi={krav.stipulerteRenter} />
            </Detail>
          ) : null}
        </Felt>
      </Table.DataCell>
      <Table.DataCell className={kortliste.handling}>
        {krav.gjenstaaendeBeloep > 0 ? (
          <BetalKnapp utvalg={{ type: "krav", kravidentifikator: krav.kravidentifikator }} etikett={b("betalKrav", { beskrivelse: [krav.beskrivelse, krav.periode].filter(Boolean).join(" ") })} testid="betal-krav" />
        ) : null}
      </Table.DataCell>
    </Table.ExpandableRow>
  );
}
