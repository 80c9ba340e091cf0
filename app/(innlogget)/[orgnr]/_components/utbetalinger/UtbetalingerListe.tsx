"use client";

import { BodyShort, Heading, Table } from "@navikt/ds-react";
import { Beloep } from "@/components/Beloep";
import { useTranslations } from "next-intl";
import { formatKontoMaskert } from "@/lib/format";
import type { Formatering } from "@/lib/i18n/formatering";
import { useFormatering } from "@/lib/i18n/useFormatering";
import type { Endring, OversiktTilstand } from "@/lib/krav-visning/tilstand";
import type { UtbetalingKolonne } from "@/lib/krav-visning/utbetalinger";
import type { Utbetaling } from "@/lib/kravogbetalinger/model";
import { Listevisning } from "../Listevisning";
import { Rulleboks } from "../Rulleboks";
import { Felt, kortliste } from "@/components/Kortliste";
import { SorterbarTabell, type Kolonne } from "../SorterbarTabell";
import { useListe } from "../useListe";
import styles from "../oversikt.module.css";

type T = ReturnType<typeof useTranslations<"oversikt.utbetalinger">>;

/** The API's status codes we know get the page's language; others are shown as given. */
function status(t: T, kode: string | null): string {
  if (!kode) return "";
  return kode.toLowerCase() === "bekreftet" ? t("statusNavn.bekreftet") : kode;
}

function kolonner(t: T, f: Formatering): Kolonne<Utbetaling, UtbetalingKolonne>[] {
  return [
    { key: "utbetaltdato", tittel: t("dato"), sorterbar: true, celle: (u) => f.dato(u.utbetaltdato) },
    { key: "utbetaltBeloep", tittel: t("beloep"), sorterbar: true, hoeyre: true, celle: (u) => <Beloep verdi={u.utbetaltBeloep} /> },
    { key: "tilKonto", tittel: t("tilKonto"), sorterbar: true, celle: (u) => (u.tilKonto ? formatKontoMaskert(u.tilKonto) : "") },
    { key: "status", tittel: t("status"), celle: (u) => status(t, u.utbetalingstatus) },
  ];
}

function Detaljer({ utbetaling }: { utbetaling: Utbetaling }) {
  const t = useTranslations("oversikt");
  return (
    <div className={styles.detaljer} data-testid="utbetaling-detaljer">
      {utbetaling.melding ? (
        <div>
          <Heading level="3" size="xsmall">
            {t("utbetalinger.melding")}
          </Heading>
          <BodyShort size="small">{utbetaling.melding}</BodyShort>
        </div>
      ) : null}
      <Heading level="3" size="small">
        {t("utbetalinger.grunnlag")}
      </Heading>
      <Rulleboks etikett={t("utbetalinger.grunnlag")}>
        <Table size="small" className={kortliste.tabell}>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("tabell.beskrivelse")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("tabell.periode")}</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">{t("utbetalinger.opprinneligTilgode")}</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">{t("utbetalinger.utbetalt")}</Table.HeaderCell>
              <Table.HeaderCell scope="col" align="right">{t("utbetalinger.motregnet")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {utbetaling.kreditKrav.map((k, i) => (
              <Table.Row key={k.kravforfallsIdentifikator ?? i}>
                <Table.DataCell className={kortliste.tittel}>{k.beskrivelse ?? t("tabell.ikkeOppgitt")}</Table.DataCell>
                <Table.DataCell><Felt navn={t("tabell.periode")}>{k.periode ?? ""}</Felt></Table.DataCell>
                <Table.DataCell align="right"><Felt navn={t("utbetalinger.opprinneligTilgode")}><Beloep verdi={k.opprinneligBeloep} /></Felt></Table.DataCell>
                <Table.DataCell align="right"><Felt navn={t("utbetalinger.utbetalt")}><Beloep verdi={k.utbetaltBeloep} /></Felt></Table.DataCell>
                <Table.DataCell align="right"><Felt navn={t("utbetalinger.motregnet")}><Beloep verdi={k.motregnetBeloep} /></Felt></Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Rulleboks>
    </div>
  );
}

export function UtbetalingerListe(props: { orgnr: string; aar: number; tilstand: OversiktTilstand; endre: (e: Endring) => void }) {
  const t = useTranslations("oversikt");
  const tu = useTranslations("oversikt.utbetalinger");
  const f = useFormatering();
  const query = useListe(props.orgnr, "utbetalinger", props.tilstand);
  return (
    <Listevisning
      query={query}
      navn="utbetalinger"
      etikett={t("utbetalinger.overskrift")}
      feilHva={t("feil.hva.utbetalinger", { aar: props.aar })}
      tom={t("utbetalinger.utbetalingerTom", { aar: props.aar })}
      forkastetHva="poster"
      onSide={(side) => props.endre({ side })}
      oppsummering={(d) => t("utbetalinger.sumUtbetalt", { aar: props.aar, sum: f.kroner(d.sum) })}
    >
      {(data) => (
        <SorterbarTabell
          etikett={t("utbetalinger.overskrift")}
          testid="utbetaling"
          kolonner={kolonner(tu, f)}
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
