"use client";

import { BodyShort, Heading, Table } from "@navikt/ds-react";
import { Beloep } from "@/components/Beloep";
import { useTranslations } from "next-intl";
import { useFormatering } from "@/lib/i18n/useFormatering";
import type { Endring, OversiktTilstand } from "@/lib/krav-visning/tilstand";
import type { TilgodeKolonne, Tilgodebeloep } from "@/lib/krav-visning/utbetalinger";
import { Listevisning } from "../Listevisning";
import { Rulleboks } from "../Rulleboks";
import { SorterbarTabell, type Kolonne } from "../SorterbarTabell";
import { useListe } from "../useListe";
import { TilgodeSum, TilgodeUtbetalt } from "./TilgodeSum";
import styles from "../oversikt.module.css";

function kolonner(t: ReturnType<typeof useTranslations<"oversikt">>): Kolonne<Tilgodebeloep, TilgodeKolonne>[] {
  return [
    { key: "beskrivelse", tittel: t("tilgode.beskrivelse"), sorterbar: true, celle: (r) => r.beskrivelse ?? t("tabell.ikkeOppgitt") },
    { key: "periode", tittel: t("tilgode.periode"), sorterbar: true, celle: (r) => r.periode ?? "" },
    { key: "opprinneligBeloep", tittel: t("tilgode.opprinnelig"), sorterbar: true, hoeyre: true, celle: (r) => <Beloep verdi={r.opprinneligBeloep} /> },
    { key: "utbetaltBeloep", tittel: t("tilgode.utbetalt"), sorterbar: true, hoeyre: true, celle: (r) => <Beloep verdi={r.utbetaltBeloep} /> },
  ];
}

function Detaljer({ rad, aar }: { rad: Tilgodebeloep; aar: number }) {
  const t = useTranslations("oversikt");
  const f = useFormatering();
  return (
    <div className={styles.detaljer} data-testid="tilgode-detaljer">
      <Heading level="3" size="small">
        {t("detaljer.overskrift", { beskrivelse: rad.beskrivelse ?? t("utbetalinger.visTilgode") })}
      </Heading>
      <TilgodeUtbetalt dato={rad.dato} utbetalingsdatoer={rad.utbetalingsdatoer} utbetaltDatoTekst={t("tilgode.utbetaltDato", { datoer: rad.utbetalingsdatoer.map((d) => f.dato(d)).join(", ") })} />
      {rad.motregnetBeloep > 0 ? (
        <>
          <BodyShort size="small">{t("tilgode.motregnet", { beloep: f.kroner(rad.motregnetBeloep) })}</BodyShort>
          {rad.dekketKrav.length > 0 ? (
            <Rulleboks etikett={t("tilgode.dekketKrav")}>
              <Table size="small" data-testid="dekket-krav">
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t("tabell.beskrivelse")}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t("tabell.periode")}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t("tabell.forfallsdato")}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" align="right">{t("tilgode.brukt")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {rad.dekketKrav.map((d, i) => (
                    <Table.Row key={i}>
                      <Table.DataCell>{d.beskrivelse}</Table.DataCell>
                      <Table.DataCell>{d.periode ?? ""}</Table.DataCell>
                      <Table.DataCell>{f.dato(d.forfallsdato)}</Table.DataCell>
                      <Table.DataCell align="right"><Beloep verdi={d.benyttetBeloep} /></Table.DataCell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </Rulleboks>
          ) : (
            <BodyShort size="small">{t("tilgode.ukjenteKrav", { aar })}</BodyShort>
          )}
        </>
      ) : rad.gjenstaaendeBeloep === 0 ? (
        <BodyShort size="small">{t("tilgode.helt")}</BodyShort>
      ) : null}
      {/* A credit's remainder is negative (model.ts): what is still neither paid out nor used. */}
      {rad.gjenstaaendeBeloep < 0 ? <BodyShort size="small">{t("tilgode.gjenstaar", { beloep: f.kroner(-rad.gjenstaaendeBeloep) })}</BodyShort> : null}
    </div>
  );
}

export function TilgodeListe(props: { orgnr: string; aar: number; tilstand: OversiktTilstand; endre: (e: Endring) => void }) {
  const t = useTranslations("oversikt");
  const query = useListe(props.orgnr, "tilgode", props.tilstand);
  return (
    <Listevisning
      query={query}
      navn="tilgodebeløp"
      etikett={t("utbetalinger.visTilgode")}
      feilHva={t("feil.hva.tilgode", { aar: props.aar })}
      tom={t("utbetalinger.tilgodeTom", { aar: props.aar })}
      forkastetHva="poster"
      onSide={(side) => props.endre({ side })}
    >
      {(data) => (
        <>
          <TilgodeSum data={data} />
          <SorterbarTabell
            etikett={t("utbetalinger.visTilgode")}
            testid="tilgode"
            kolonner={kolonner(t)}
            rader={data.rader}
            radId={(r) => `${r.kravforfallsIdentifikator ?? ""}-${r.utbetalingsdatoer[0] ?? r.dato ?? ""}-${r.beskrivelse}`}
            sortering={data.sortering}
            onSort={(sortering) => props.endre({ sortering })}
            detaljer={(r) => <Detaljer rad={r} aar={props.aar} />}
          />
        </>
      )}
    </Listevisning>
  );
}
