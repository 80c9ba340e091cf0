"use client";

import { BodyLong, Heading, Table } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { Beloep } from "@/components/Beloep";
import type { Sammendragsrad } from "@/lib/betal/sammendrag";
import { formatKontonummer } from "@/lib/format";
import { useFormatering } from "@/lib/i18n/useFormatering";
import styles from "./betal.module.css";

/** More than MANGE_LINJER lines: one table row per kravgruppe, period and account instead of a card per KID (the KIDs are in the payment file). */
export function StortUtvalg({ rader, antall, sum }: { rader: Sammendragsrad[]; antall: number; sum: number }) {
  const t = useTranslations("betalingsfil.tabell");
  const f = useFormatering();
  return (
    <section aria-labelledby="stort-utvalg-overskrift" className={styles.seksjon} data-testid="betal-sammendrag">
      <Heading level="2" size="small" spacing id="stort-utvalg-overskrift">
        {t("overskrift")}
      </Heading>
      <BodyLong spacing>{t("forklaring")}</BodyLong>
      {/* scrolls sideways on a narrow screen: focusable so a keyboard can scroll it too */}
      <div className={styles.tabellRamme} tabIndex={0} role="region" aria-labelledby="stort-utvalg-overskrift">
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("krav")}</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">{t("antall")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("konto")}</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">{t("beloep")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rader.map((r) => (
              <Table.Row key={`${r.kravgruppe}|${r.periode}|${r.kontonummer}`} data-testid="sammendrag-rad">
                <Table.DataCell>{r.periode ? `${r.kravgruppe} ${r.periode}` : r.kravgruppe}</Table.DataCell>
                <Table.DataCell align="right" className="tabular">{f.tall(r.antall, 0)}</Table.DataCell>
                <Table.DataCell className="tabular">{r.kontonummer ? formatKontonummer(r.kontonummer) : "–"}</Table.DataCell>
                <Table.DataCell align="right"><Beloep verdi={r.beloep} /></Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
          <tfoot>
            <Table.Row>
              <Table.HeaderCell scope="row">{t("sum")}</Table.HeaderCell>
              <Table.DataCell align="right" className="tabular" data-testid="sammendrag-antall">{f.tall(antall, 0)}</Table.DataCell>
              <Table.DataCell />
              <Table.DataCell align="right" data-testid="sammendrag-sum"><Beloep verdi={sum} /></Table.DataCell>
            </Table.Row>
          </tfoot>
        </Table>
      </div>
    </section>
  );
}
