"use client";

import { Table } from "@navikt/ds-react";
import { nesteSortering, tilAkselSort, type Sortering } from "@/lib/krav-visning/sortering";
import type { UbetaltKolonne } from "@/lib/krav-visning/ubetalte";
import type { UbetalteSide } from "@/lib/krav-visning/visninger";
import { useTranslations } from "next-intl";
import { Rulleboks } from "../Rulleboks";
import { UbetaltRad } from "./UbetaltRad";
import { kortliste, kortlisteStil } from "@/components/Kortliste";

const KOLONNER = [
  { key: "forfallsdato", tittel: "forfallsdato" },
  { key: "beskrivelse", tittel: "beskrivelse" },
  { key: "periode", tittel: "periode" },
  { key: "opprinneligBeloep", tittel: "opprinneligBeloep", hoeyre: true },
  { key: "gjenstaaendeBeloep", tittel: "restbeloep", hoeyre: true },
] as const satisfies readonly { key: UbetaltKolonne; tittel: string; hoeyre?: boolean }[];

export function UbetalteTabell(props: { data: UbetalteSide; orgnr: string; iDag: string; onSort: (s: Sortering<UbetaltKolonne>) => void }) {
  const t = useTranslations("oversikt");
  const kolonne = useTranslations("oversikt.tabell");
  const b = useTranslations("betalKnapp");
  const { data } = props;
  return (
    <Rulleboks etikett={t("ubetalte.overskrift")}>
      <Table
        data-testid="ubetalte-tabell"
        className={kortliste.tabell}
        style={kortlisteStil(kolonne("detaljer"))}
        sort={tilAkselSort(data.sortering)}
        onSortChange={(key) => props.onSort(nesteSortering(data.sortering, key as UbetaltKolonne))}
      >
        <Table.Header>
          <Table.Row>
            {KOLONNER.map((k) => (
              <Table.ColumnHeader key={k.key} sortable sortKey={k.key} align={"hoeyre" in k ? "right" : undefined}>
                {kolonne(k.tittel)}
              </Table.ColumnHeader>
            ))}
            <Table.HeaderCell scope="col">
              <span className="aksel-sr-only">{b("betal")}</span>
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">
              <span className="aksel-sr-only">{kolonne("detaljer")}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.rader.map((rad) => (
            <UbetaltRad key={rad.krav.kravidentifikator} rad={rad} iDag={props.iDag} skjermet={data.skjermet} />
          ))}
        </Table.Body>
      </Table>
    </Rulleboks>
  );
}
