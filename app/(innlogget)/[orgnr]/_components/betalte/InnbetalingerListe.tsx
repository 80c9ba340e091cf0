"use client";

import { BodyShort, Heading, Table } from "@navikt/ds-react";
import { Beloep } from "@/components/Beloep";
import { formatDato } from "@/lib/dato";
import { formatKontoMaskert, formatKroner } from "@/lib/format";
import type { InnbetalingKolonne } from "@/lib/krav-visning/innbetalinger";
import type { Endring, OversiktTilstand } from "@/lib/krav-visning/tilstand";
import type { Innbetaling } from "@/lib/kravogbetalinger/model";
import { oversikt } from "@/lib/tekster/oversikt";
import { Listevisning } from "../Listevisning";
import { Rulleboks } from "../Rulleboks";
import { SorterbarTabell, type Kolonne } from "../SorterbarTabell";
import { useListe } from "../useListe";
import styles from "../oversikt.module.css";

const t = oversikt;

const KOLONNER: Kolonne<Innbetaling, InnbetalingKolonne>[] = [
  { key: "innbetalingsdato", tittel: t.innbetaling.dato, sorterbar: true, celle: (i) => formatDato(i.innbetalingsdato) },
  { key: "innbetalingstype", tittel: t.innbetaling.type, sorterbar: true, celle: (i) => (i.innbetalingstype ? t.innbetaling.medType(i.innbetalingstype) : t.innbetaling.innbetaling) },
  { key: "innbetaltBeloep", tittel: t.tabell.beloep, sorterbar: true, hoeyre: true, celle: (i) => <Beloep verdi={-i.innbetaltBeloep} /> },
  { key: "fraKonto", tittel: t.tabell.betaltFraKonto, celle: (i) => (i.innbetaltFraKonto ? formatKontoMaskert(i.innbetaltFraKonto) : "") },
];

function Detaljer({ innbetaling }: { innbetaling: Innbetaling }) {
  return (
    <div className={styles.detaljer} data-testid="innbetaling-detaljer">
      <Heading level="3" size="small">
        {t.innbetaling.dekket}
      </Heading>
      {innbetaling.plasseringer.length === 0 ? (
        <BodyShort size="small">{t.innbetaling.ingenDekket}</BodyShort>
      ) : (
        <Rulleboks etikett={t.innbetaling.dekket}>
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.tabell.beskrivelse}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.tabell.periode}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.tabell.forfallsdato}</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">{t.tabell.opprinneligBeloep}</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">{t.innbetaling.innbetalt}</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">{t.tabell.restbeloep}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {innbetaling.plasseringer.map((p, i) => (
                <Table.Row key={i}>
                  <Table.DataCell>{p.beskrivelse ?? t.tabell.ikkeOppgitt}</Table.DataCell>
                  <Table.DataCell>{p.periode ?? ""}</Table.DataCell>
                  <Table.DataCell>{p.forfallsdato ? formatDato(p.forfallsdato) : ""}</Table.DataCell>
                  <Table.DataCell align="right">{p.opprinneligBeloep !== null ? <Beloep verdi={p.opprinneligBeloep} /> : ""}</Table.DataCell>
                  <Table.DataCell align="right"><Beloep verdi={-p.benyttetBeloep} /></Table.DataCell>
                  <Table.DataCell align="right">{p.gjenstaaendeBeloep !== null ? <Beloep verdi={p.gjenstaaendeBeloep} /> : ""}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </Rulleboks>
      )}
      {innbetaling.uplassertBeloep > 0 ? <BodyShort size="small">{t.innbetaling.uplassert(formatKroner(innbetaling.uplassertBeloep))}</BodyShort> : null}
    </div>
  );
}

export function InnbetalingerListe(props: { orgnr: string; aar: number; tilstand: OversiktTilstand; endre: (e: Endring) => void }) {
  const query = useListe(props.orgnr, "innbetalinger", props.tilstand);
  return (
    <Listevisning
      query={query}
      navn="innbetalinger"
      feilHva={`${t.feil.hva.innbetalinger} for ${props.aar}`}
      tom={t.betalte.innbetalingerTom(props.aar)}
      onSide={(side) => props.endre({ side })}
      oppsummering={(d) => t.betalte.sumInnbetalt(props.aar, formatKroner(d.sum))}
    >
      {(data) => (
        <SorterbarTabell
          etikett={t.betalte.visInnbetalinger}
          testid="innbetaling"
          kolonner={KOLONNER}
          rader={data.rader}
          radId={(i) => i.innbetalingsidentifikator}
          sortering={data.sortering}
          onSort={(sortering) => props.endre({ sortering })}
          detaljer={(i) => <Detaljer innbetaling={i} />}
        />
      )}
    </Listevisning>
  );
}
