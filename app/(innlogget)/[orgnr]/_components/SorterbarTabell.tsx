"use client";

import { Table } from "@navikt/ds-react";
import { useState, type ReactNode } from "react";
import { nesteSortering, tilAkselSort, type Sortering } from "@/lib/krav-visning/sortering";
import { useTranslations } from "next-intl";
import { Rulleboks } from "./Rulleboks";
import { Felt, kortliste, kortlisteStil } from "@/components/Kortliste";

export type Kolonne<T, K extends string> = {
  key: K | string;
  tittel: string;
  /** Sortable columns have a key the server knows. */
  sorterbar?: boolean;
  hoeyre?: boolean;
  /** On a phone the row is a card: this column is its heading (else every cell is a named line). */
  kortTittel?: boolean;
  celle: (rad: T) => ReactNode;
};

function Rad<T>({ rad, kolonner, detaljer, testid }: { rad: T; kolonner: Kolonne<T, string>[]; detaljer: (rad: T) => ReactNode; testid: string }) {
  const [aapen, setAapen] = useState(false);
  return (
    <Table.ExpandableRow open={aapen} onOpenChange={setAapen} togglePlacement="right" content={aapen ? detaljer(rad) : null} data-testid={testid}>
      {kolonner.map((k, i) => {
        const innhold = k.kortTittel ? k.celle(rad) : <Felt navn={k.tittel}>{k.celle(rad)}</Felt>;
        const className = k.kortTittel ? kortliste.tittel : undefined;
        return i === 0 ? (
          <Table.HeaderCell key={String(k.key)} scope="row" align={k.hoeyre ? "right" : undefined} className={className} style={{ fontWeight: "normal" }}>
            {innhold}
          </Table.HeaderCell>
        ) : (
          <Table.DataCell key={String(k.key)} align={k.hoeyre ? "right" : undefined} className={className}>
            {innhold}
          </Table.DataCell>
        );
      })}
    </Table.ExpandableRow>
  );
}

/** A sortable table whose rows open to show details (rendered only when open). */
export function SorterbarTabell<T, K extends string>(props: {
  etikett: string;
  testid: string;
  kolonner: Kolonne<T, K>[];
  rader: T[];
  radId: (rad: T) => string;
  sortering: Sortering<K>;
  onSort: (s: Sortering<K>) => void;
  detaljer: (rad: T) => ReactNode;
}) {
  const t = useTranslations("oversikt.tabell");
  return (
    <Rulleboks etikett={props.etikett}>
      <Table sort={tilAkselSort(props.sortering)} onSortChange={(key) => props.onSort(nesteSortering(props.sortering, key as K))} data-testid={`${props.testid}-tabell`} className={kortliste.tabell} style={kortlisteStil(t("detaljer"))}>
        <Table.Header>
          <Table.Row>
            {props.kolonner.map((k) =>
              k.sorterbar ? (
                <Table.ColumnHeader key={String(k.key)} sortable sortKey={String(k.key)} align={k.hoeyre ? "right" : undefined}>
                  {k.tittel}
                </Table.ColumnHeader>
              ) : (
                <Table.HeaderCell key={String(k.key)} scope="col" align={k.hoeyre ? "right" : undefined}>
                  {k.tittel}
                </Table.HeaderCell>
              ),
            )}
            <Table.HeaderCell scope="col">
              <span className="aksel-sr-only">{t("detaljer")}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {props.rader.map((rad) => (
            <Rad key={props.radId(rad)} rad={rad} kolonner={props.kolonner as Kolonne<T, string>[]} detaljer={props.detaljer} testid={props.testid} />
          ))}
        </Table.Body>
      </Table>
    </Rulleboks>
  );
}
