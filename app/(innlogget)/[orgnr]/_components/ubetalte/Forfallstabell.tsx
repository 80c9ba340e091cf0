"use client";

import { Table, Tag } from "@navikt/ds-react";
import { Beloep } from "@/components/Beloep";
import { erForfalt } from "@/lib/krav-visning/ubetalte";
import type { Kravforfall } from "@/lib/kravogbetalinger/model";
import { useTranslations } from "next-intl";
import { useFormatering } from "@/lib/i18n/useFormatering";
import { Rulleboks } from "../Rulleboks";
import { BetalKnapp } from "../BetalKnapp";
import { Felt, kortliste } from "@/components/Kortliste";

function Status({ forfall, iDag }: { forfall: Kravforfall; iDag: string }) {
  const t = useTranslations("oversikt.detaljer");
  if (forfall.gjenstaaendeBeloep <= 0) return <Tag size="xsmall" variant="moderate" data-color="success">{t("betalt")}</Tag>;
  const forfalt = erForfalt(forfall, iDag);
  const delvis = forfall.gjenstaaendeBeloep < forfall.opprinneligBeloep;
  const tekst = forfalt ? (delvis ? t("delvisBetaltForfalt") : t("ikkeBetaltForfalt")) : delvis ? t("delvisBetalt") : t("ikkeBetalt");
  return (
    <Tag size="xsmall" variant="moderate" data-color={forfalt ? "danger" : "neutral"}>
      {tekst}
    </Tag>
  );
}

/** Every due date of a claim with its own amounts and whether it is paid. */
export function Forfallstabell({ forfall, iDag, kravidentifikator }: { forfall: Kravforfall[]; iDag: string; kravidentifikator?: string }) {
  const t = useTranslations("oversikt");
  const b = useTranslations("betalKnapp");
  const f = useFormatering();
  return (
    <Rulleboks etikett={t("detaljer.forfall")}>
      <Table size="small" data-testid="forfallstabell" className={kortliste.tabell}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("tabell.forfallsdato")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t("tabell.opprinneligBeloep")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t("tabell.restbeloep")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("tabell.status")}</Table.HeaderCell>
            {kravidentifikator ? <Table.HeaderCell scope="col"><span className="aksel-sr-only">{b("betal")}</span></Table.HeaderCell> : null}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {forfall.map((termin) => (
            <Table.Row key={termin.kravforfallsIdentifikator}>
              <Table.DataCell><Felt navn={t("tabell.forfallsdato")}>{f.dato(termin.forfallsdato)}</Felt></Table.DataCell>
              <Table.DataCell align="right"><Felt navn={t("tabell.opprinneligBeloep")}><Beloep verdi={termin.opprinneligBeloep} /></Felt></Table.DataCell>
              <Table.DataCell align="right"><Felt navn={t("tabell.restbeloep")}><Beloep verdi={termin.gjenstaaendeBeloep} /></Felt></Table.DataCell>
              <Table.DataCell>
                <Felt navn={t("tabell.status")}>
                  <Status forfall={termin} iDag={iDag} />
                  {termin.utsattIverksettelse ? <> <Tag size="xsmall" variant="outline" data-color="info">{t("detaljer.utsatt")}</Tag></> : null}
                </Felt>
              </Table.DataCell>
              {kravidentifikator ? (
                <Table.DataCell className={kortliste.handling}>
                  {termin.gjenstaaendeBeloep > 0 ? (
                    <BetalKnapp utvalg={{ type: "krav", kravidentifikator, kravforfallsIdentifikator: termin.kravforfallsIdentifikator }} etikett={b("betalForfall", { dato: f.dato(termin.forfallsdato) })} testid="betal-forfall" />
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
