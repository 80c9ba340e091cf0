"use client";

import { BodyShort, Heading, Table } from "@navikt/ds-react";
import { Beloep } from "@/components/Beloep";
import { formatDato } from "@/lib/dato";
import { formatKontoMaskert, formatKroner } from "@/lib/format";
import type { Endring, OversiktTilstand } from "@/lib/krav-visning/tilstand";
import type { UtbetalingKolonne } from "@/lib/krav-visning/utbetalinger";
import type { Utbetaling } from "@/lib/kravogbetalinger/model";
import { oversikt } from "@/lib/tekster/oversikt";
import { Listevisning } from "../Listevisning";
import { Rulleboks } from "../Rulleboks";
import { SorterbarTabell, type Kolonne } from "../SorterbarTabell";
import { useListe } from "../useListe";
import styles from "../oversikt.module.css";

const t = oversikt;

const KOLONNER: Kolonne<Utbetaling, UtbetalingKolonne>[] = [
  { key: "utbetaltdato", tittel: t.utbetalinger.dato, sorterbar: true, celle: (u) => formatDato(u.utbetaltdato) },
  { key: "utbetaltBeloep", tittel: t.utbetalinger.beloep, sorterbar: true, hoeyre: true, celle: (u) => <Beloep verdi={u.utbetaltBeloep} /> },
  { key: "tilKonto", tittel: t.utbetalinger.tilKonto, sorterbar: true, celle: (u) => (u.tilKonto ? formatKontoMaskert(u.tilKonto) : "") },
  { key: "status", tittel: t.utbetalinger.status, celle: (u) => u.utbetalingstatus ?? "" },
];

function Detaljer({ utbetaling }: { utbetaling: Utbetaling }) {
  return (
    <div className={styles.detaljer} data-testid="utbetaling-detaljer">
      {utbetaling.melding ? (
        <div>
          <Heading level="3" size="xsmall">
            {t.utbetalinger.melding}
          </Heading>
          <BodyShort size="small">{utbetaling.melding}</BodyShort>
        </div>
      ) : null}
      <Heading level="3" size="small">
        {t.utbetalinger.grunnlag}
      </Heading>
      <Rulleboks etikett={t.utbetalinger.grunnlag}>
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t.tabell.beskrivelse}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.tabell.periode}</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">{t.utbetalinger.opprinneligTilgode}</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">{t.utbetalinger.utbetalt}</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">{t.utbetalinger.motregnet}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {utbetaling.kreditKrav.map((k, i) => (
              <Table.Row key={k.kravforfallsIdentifikator ?? i}>
                <Table.DataCell>{k.beskrivelse ?? t.tabell.ikkeOppgitt}</Table.DataCell>
                <Table.DataCell>{k.periode ?? ""}</Table.DataCell>
                <Table.DataCell align="right"><Beloep verdi={k.opprinneligBeloep} /></Table.DataCell>
                <Table.DataCell align="right"><Beloep verdi={k.utbetaltBeloep} /></Table.DataCell>
                <Table.DataCell align="right"><Beloep verdi={k.motregnetBeloep} /></Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Rulleboks>
    </div>
  );
}

export function UtbetalingerListe(props: { orgnr: string; aar: number; tilstand: OversiktTilstand; endre: (e: Endring) => void }) {
  const query = useListe(props.orgnr, "utbetalinger", props.tilstand);
  return (
    <Listevisning
      query={query}
      navn="utbetalinger"
      feilHva={`${t.feil.hva.utbetalinger} for ${props.aar}`}
      tom={t.utbetalinger.utbetalingerTom(props.aar)}
      onSide={(side) => props.endre({ side })}
      oppsummering={(d) => t.utbetalinger.sumUtbetalt(props.aar, formatKroner(d.sum))}
    >
      {(data) => (
        <SorterbarTabell
          etikett={t.utbetalinger.overskrift}
          testid="utbetaling"
          kolonner={KOLONNER}
          rader={data.rader}
          radId={(u) => u.utbetalingsidentifikator}
          sortering={data.sortering}
          onSort={(sortering) => props.endre({ sortering })}
          detaljer={(u) => <Detaljer utbetaling={u} />}
        />
      )}
    </Listevisning>
  );
}
