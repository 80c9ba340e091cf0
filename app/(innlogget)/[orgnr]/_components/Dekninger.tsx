"use client";

import { BodyShort, Detail, Table } from "@navikt/ds-react";
import { Beloep } from "@/components/Beloep";
import { formatKontoMaskert } from "@/lib/format";
import type { Dekning } from "@/lib/krav-visning/betalte";
import { useTranslations } from "next-intl";
import { useFormatering } from "@/lib/i18n/useFormatering";
import { Rulleboks } from "./Rulleboks";
import { Felt, kortliste } from "@/components/Kortliste";

/**
 * The payments, credits and payouts used on a claim: Beskrivelse, Dato, Innbetalt beløp (the
 * whole payment), Benyttet beløp (what of it this claim used) and the account it came from,
 * masked. Amounts are shown with the model's signs (model.ts), never flipped here.
 */
export function Dekninger({ dekninger, tom, etikett }: { dekninger: Dekning[]; tom: string; etikett: string }) {
  const t = useTranslations("oversikt");
  const k = useTranslations("kravdata");
  const f = useFormatering();
  if (dekninger.length === 0) return <BodyShort size="small">{tom}</BodyShort>;
  return (
    <>
      <Rulleboks etikett={etikett}>
        <Table size="small" data-testid="dekninger" className={kortliste.tabell}>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("tabell.beskrivelse")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("tabell.dato")}</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">{t("tabell.innbetaltBeloep")}</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">{t("tabell.benyttetBeloep")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("tabell.betaltFraKonto")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {dekninger.map((d, i) => (
              <Table.Row key={i}>
                <Table.DataCell className={kortliste.tittel}>
                  {d.type === "innbetaling"
                    ? t("detaljer.innbetaling")
                    : d.type === "utbetaling"
                      ? k("utbetaling")
                      : d.beskrivelse
                        ? t("detaljer.motregningMed", { beskrivelse: d.beskrivelse })
                        : t("detaljer.motregning")}
                  {d.kid ? <Detail data-testid="dekning-kid">{k("kid", { kid: d.kid })}</Detail> : null}
                  {d.melding && d.melding !== d.kid ? <Detail>{k("melding", { melding: d.melding })}</Detail> : null}
                </Table.DataCell>
                <Table.DataCell><Felt navn={t("tabell.dato")}>{d.dato ? f.dato(d.dato) : ""}</Felt></Table.DataCell>
                <Table.DataCell align="right"><Felt navn={t("tabell.innbetaltBeloep")}>{d.innbetaltBeloep !== null ? <Beloep verdi={d.innbetaltBeloep} /> : ""}</Felt></Table.DataCell>
                <Table.DataCell align="right"><Felt navn={t("tabell.benyttetBeloep")}><Beloep verdi={d.benyttetBeloep} /></Felt></Table.DataCell>
                <Table.DataCell><Felt navn={t("tabell.betaltFraKonto")}>{d.fraKonto ? formatKontoMaskert(d.fraKonto) : ""}</Felt></Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Rulleboks>
      <BodyShort size="small" textColor="subtle">{t("detaljer.benyttetForklaring")}</BodyShort>
    </>
  );
}
