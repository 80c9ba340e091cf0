"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Table } from "@navikt/ds-react";
import { formatOrgnr } from "@/lib/format";
import { nesteKlientSortering, type KlientKolonne } from "@/lib/klientoversikt/tabell";
import { tilAkselSort, type Sortering } from "@/lib/krav-visning/sortering";
import { FeilCelle, HenterCelle, TallCeller } from "./RadCeller";
import type { KlientRad } from "./useKlientSammendrag";
import styles from "./klienter.module.css";
import { Felt, kortliste } from "@/components/Kortliste";

const KOLONNER: { key: KlientKolonne; hoeyre?: boolean }[] = [
  { key: "navn" },
  { key: "orgnr" },
  { key: "forfalte", hoeyre: true },
  { key: "fremtidige", hoeyre: true },
  { key: "renter", hoeyre: true },
  { key: "saldo", hoeyre: true },
  { key: "nesteForfall" },
  { key: "uplasserte", hoeyre: true },
];

function Rad({ rad }: { rad: KlientRad }) {
  const t = useTranslations("klienter");
  return (
    <Table.Row data-testid="klient-rad" data-orgnr={rad.orgnr} data-status={rad.status}>
      <Table.HeaderCell scope="row" className={`${kortliste.tittel} ${styles.navn}`}>
        <Link href={`/${rad.orgnr}`} prefetch={false}>
          {rad.navn}
        </Link>
      </Table.HeaderCell>
      <Table.DataCell>
        <Felt navn={t("tabell.orgnr")}>
          <span className={styles.tall}>{formatOrgnr(rad.orgnr)}</span>
        </Felt>
      </Table.DataCell>
      {rad.status === "ok" ? <TallCeller rad={rad} /> : rad.status === "feil" ? <FeilCelle rad={rad} /> : <HenterCelle />}
    </Table.Row>
  );
}

/** One row per client; every column sorts (Aksel's sort buttons, so the keyboard reaches them). The table scrolls in its own box. */
export function KlientTabell(props: { rader: KlientRad[]; sortering: Sortering<KlientKolonne>; onSort: (s: Sortering<KlientKolonne>) => void }) {
  const t = useTranslations("klienter");
  return (
    // tabIndex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <div className={styles.rulleboks} tabIndex={0} role="region" aria-label={t("tabell.etikett")}>
      <Table size="small" sort={tilAkselSort(props.sortering)} onSortChange={(key) => props.onSort(nesteKlientSortering(props.sortering, key as KlientKolonne))} data-testid="klient-tabell" className={kortliste.tabell}>
        <Table.Header>
          <Table.Row>
            {KOLONNER.map((k) => (
              <Table.ColumnHeader key={k.key} sortable sortKey={k.key} align={k.hoeyre ? "right" : undefined}>
                {t(`tabell.${k.key}`)}
              </Table.ColumnHeader>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {props.rader.length === 0 ? (
            <Table.Row>
              <Table.DataCell colSpan={KOLONNER.length}>{t("tabell.ingenTreff")}</Table.DataCell>
            </Table.Row>
          ) : (
            props.rader.map((rad) => <Rad key={rad.orgnr} rad={rad} />)
          )}
        </Table.Body>
      </Table>
    </div>
  );
}
