"use client";

import { Table } from "@navikt/ds-react";
import { nesteSortering, tilAkselSort, type Sortering } from "@/lib/krav-visning/sortering";
import type { UbetaltKolonne } from "@/lib/krav-visning/ubetalte";
import type { UbetalteSide } from "@/lib/krav-visning/visninger";
import { betalKnapp } from "@/lib/tekster/betal-knapp";
import { oversikt } from "@/lib/tekster/oversikt";
import { Rulleboks } from "../Rulleboks";
import { UbetaltRad } from "./UbetaltRad";

const t = oversikt.tabell;

const KOLONNER: { key: UbetaltKolonne; tittel: string; hoeyre?: boolean }[] = [
  { key: "forfallsdato", tittel: t.forfallsdato },
  { key: "beskrivelse", tittel: t.beskrivelse },
  { key: "periode", tittel: t.periode },
  { key: "opprinneligBeloep", tittel: t.opprinneligBeloep, hoeyre: true },
  { key: "gjenstaaendeBeloep", tittel: t.restbeloep, hoeyre: true },
];

export function UbetalteTabell(props: { data: UbetalteSide; orgnr: string; iDag: string; onSort: (s: Sortering<UbetaltKolonne>) => void }) {
  const { data } = props;
  return (
    <Rulleboks etikett={oversikt.ubetalte.overskrift}>
      <Table
        data-testid="ubetalte-tabell"
        sort={tilAkselSort(data.sortering)}
        onSortChange={(key) => props.onSort(nesteSortering(data.sortering, key as UbetaltKolonne))}
      >
        <Table.Header>
          <Table.Row>
            {KOLONNER.map((k) => (
              <Table.ColumnHeader key={k.key} sortable sortKey={k.key} align={k.hoeyre ? "right" : undefined}>
                {k.tittel}
              </Table.ColumnHeader>
            ))}
            <Table.HeaderCell scope="col">
              <span className="aksel-sr-only">{betalKnapp.betal}</span>
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">
              <span className="aksel-sr-only">{t.detaljer}</span>
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
