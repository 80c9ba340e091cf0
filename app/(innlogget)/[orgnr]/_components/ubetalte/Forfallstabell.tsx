"use client";

import { Table, Tag } from "@navikt/ds-react";
import { Beloep } from "@/components/Beloep";
import { formatDato } from "@/lib/dato";
import { erForfalt } from "@/lib/krav-visning/ubetalte";
import type { Kravforfall } from "@/lib/kravogbetalinger/model";
import { oversikt } from "@/lib/tekster/oversikt";
import { Rulleboks } from "../Rulleboks";
import { BetalKnapp } from "../BetalKnapp";
import { betalKnapp } from "@/lib/tekster/betal-knapp";

const t = oversikt;

function Status({ forfall, iDag }: { forfall: Kravforfall; iDag: string }) {
  if (forfall.gjenstaaendeBeloep <= 0) return <Tag size="xsmall" variant="moderate" data-color="success">{t.detaljer.betalt}</Tag>;
  const forfalt = erForfalt(forfall, iDag);
  const tekst = forfall.gjenstaaendeBeloep < forfall.opprinneligBeloep ? t.detaljer.delvisBetalt : t.detaljer.ikkeBetalt;
  return (
    <Tag size="xsmall" variant="moderate" data-color={forfalt ? "danger" : "neutral"}>
      {forfalt ? `${tekst}, ${t.detaljer.forfalt.toLowerCase()}` : tekst}
    </Tag>
  );
}

/** Every due date of a claim with its own amounts and whether it is paid. */
export function Forfallstabell({ forfall, iDag, kravidentifikator }: { forfall: Kravforfall[]; iDag: string; kravidentifikator?: string }) {
  return (
    <Rulleboks etikett={t.detaljer.forfall}>
      <Table size="small" data-testid="forfallstabell">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.tabell.forfallsdato}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t.tabell.opprinneligBeloep}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t.tabell.restbeloep}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.tabell.status}</Table.HeaderCell>
            {kravidentifikator ? <Table.HeaderCell scope="col"><span className="aksel-sr-only">{betalKnapp.betal}</span></Table.HeaderCell> : null}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {forfall.map((f) => (
            <Table.Row key={f.kravforfallsIdentifikator}>
              <Table.DataCell>{formatDato(f.forfallsdato)}</Table.DataCell>
              <Table.DataCell align="right"><Beloep verdi={f.opprinneligBeloep} /></Table.DataCell>
              <Table.DataCell align="right"><Beloep verdi={f.gjenstaaendeBeloep} /></Table.DataCell>
              <Table.DataCell>
                <Status forfall={f} iDag={iDag} />
                {f.utsattIverksettelse ? <> <Tag size="xsmall" variant="outline" data-color="info">{t.detaljer.utsatt}</Tag></> : null}
              </Table.DataCell>
              {kravidentifikator ? (
                <Table.DataCell>
                  {f.gjenstaaendeBeloep > 0 ? (
                    <BetalKnapp utvalg={{ type: "krav", kravidentifikator, kravforfallsIdentifikator: f.kravforfallsIdentifikator }} etikett={betalKnapp.betalForfall(formatDato(f.forfallsdato))} testid="betal-forfall" />
                  ) : null}
                </Table.DataCell>
              ) : null}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Rulleboks>
  );
}
