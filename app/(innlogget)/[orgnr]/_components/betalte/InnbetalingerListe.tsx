"use client";

import { BodyShort, Heading, Table } from "@navikt/ds-react";
import { Beloep } from "@/components/Beloep";
import { useTranslations } from "next-intl";
import { formatKontoMaskert } from "@/lib/format";
import type { Formatering } from "@/lib/i18n/formatering";
import { useFormatering } from "@/lib/i18n/useFormatering";
import type { InnbetalingKolonne } from "@/lib/krav-visning/innbetalinger";
import type { Endring, OversiktTilstand } from "@/lib/krav-visning/tilstand";
import type { Innbetaling } from "@/lib/kravogbetalinger/model";
import { Listevisning } from "../Listevisning";
import { Rulleboks } from "../Rulleboks";
import { Felt, kortliste } from "@/components/Kortliste";
import { SorterbarTabell, type Kolonne } from "../SorterbarTabell";
import { useListe } from "../useListe";
import styles from "../oversikt.module.css";

function kolonner(t: ReturnType<typeof useTranslations<"oversikt">>, f: Formatering): Kolonne<Innbetaling, InnbetalingKolonne>[] {
  return [
    { key: "innbetalingsdato", tittel: t("innbetaling.dato"), sorterbar: true, celle: (i) => f.dato(i.innbetalingsdato) },
    {
      key: "innbetalingstype",
      tittel: t("innbetaling.type"),
      sorterbar: true,
      celle: (i) => (i.innbetalingstype ? t("innbetaling.medType", { type: i.innbetalingstype }) : t("innbetaling.innbetaling")),
    },
    { key: "innbetaltBeloep", tittel: t("tabell.beloep"), sorterbar: true, hoeyre: true, celle: (i) => <Beloep verdi={i.innbetaltBeloep} /> },
    { key: "fraKonto", tittel: t("tabell.betaltFraKonto"), celle: (i) => (i.innbetaltFraKonto ? formatKontoMaskert(i.innbetaltFraKonto) : "") },
  ];
}

function Detaljer({ innbetaling }: { innbetaling: Innbetaling }) {
  const t = useTranslations("oversikt");
  const k = useTranslations("kravdata");
  const f = useFormatering();
  return (
    <div className={styles.detaljer} data-testid="innbetaling-detaljer">
      <Heading level="3" size="small">
        {t("innbetaling.dekket")}
      </Heading>
      {innbetaling.kid ? <BodyShort size="small" data-testid="innbetaling-kid">{k("kid", { kid: innbetaling.kid })}</BodyShort> : null}
      {innbetaling.melding && innbetaling.melding !== innbetaling.kid ? <BodyShort size="small">{k("melding", { melding: innbetaling.melding })}</BodyShort> : null}
      {innbetaling.plasseringer.length === 0 ? (
        <BodyShort size="small">{t("innbetaling.ingenDekket")}</BodyShort>
      ) : (
        <Rulleboks etikett={t("innbetaling.dekket")}>
          <Table size="small" className={kortliste.tabell}>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("tabell.beskrivelse")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("tabell.periode")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("tabell.forfallsdato")}</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">{t("tabell.opprinneligBeloep")}</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">{t("innbetaling.innbetalt")}</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">{t("tabell.restbeloep")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {innbetaling.plasseringer.map((p, i) => (
                <Table.Row key={i}>
                  <Table.DataCell className={kortliste.tittel}>{p.beskrivelse ?? t("tabell.ikkeOppgitt")}</Table.DataCell>
                  <Table.DataCell><Felt navn={t("tabell.periode")}>{p.periode ?? ""}</Felt></Table.DataCell>
                  <Table.DataCell><Felt navn={t("tabell.forfallsdato")}>{p.forfallsdato ? f.dato(p.forfallsdato) : ""}</Felt></Table.DataCell>
                  <Table.DataCell align="right"><Felt navn={t("tabell.opprinneligBeloep")}>{p.opprinneligBeloep !== null ? <Beloep verdi={p.opprinneligBeloep} /> : ""}</Felt></Table.DataCell>
                  <Table.DataCell align="right"><Felt navn={t("innbetaling.innbetalt")}><Beloep verdi={p.benyttetBeloep} /></Felt></Table.DataCell>
                  <Table.DataCell align="right"><Felt navn={t("tabell.restbeloep")}>{p.gjenstaaendeBeloep !== null ? <Beloep verdi={p.gjenstaaendeBeloep} /> : ""}</Felt></Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </Rulleboks>
      )}
      {innbetaling.uplassertBeloep > 0 ? <BodyShort size="small">{t("innbetaling.uplassert", { beloep: f.kroner(innbetaling.uplassertBeloep) })}</BodyShort> : null}
    </div>
  );
}

export function InnbetalingerListe(props: { orgnr: string; aar: number; tilstand: OversiktTilstand; endre: (e: Endring) => void }) {
  const t = useTranslations("oversikt");
  const f = useFormatering();
  const query = useListe(props.orgnr, "innbetalinger", props.tilstand);
  return (
    <Listevisning
      query={query}
      navn="innbetalinger"
      etikett={t("betalte.visInnbetalinger")}
      feilHva={t("feil.hva.innbetalinger", { aar: props.aar })}
      tom={t("betalte.innbetalingerTom", { aar: props.aar })}
      forkastetHva="poster"
      onSide={(side) => props.endre({ side })}
      oppsummering={(d) => t("betalte.sumInnbetalt", { aar: props.aar, sum: f.kroner(d.sum) })}
    >
      {(data) => (
        <SorterbarTabell
          etikett={t("betalte.visInnbetalinger")}
          testid="innbetaling"
          kolonner={kolonner(t, f)}
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
