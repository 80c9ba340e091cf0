"use client";

import { Button, Table } from "@navikt/ds-react";
import { formatDato } from "@/lib/dato";
import { formatBeloep } from "@/lib/format";
import { klienter } from "@/lib/tekster/klienter";
import type { KlientRad } from "./useKlientSammendrag";
import styles from "./klienter.module.css";

const t = klienter.tabell;
/** The figure columns a row without figures spans. */
export const ANTALL_TALLKOLONNER = 6;

function Beloep({ verdi, under }: { verdi: number; under?: string }) {
  return (
    <Table.DataCell align="right">
      <span className={styles.tall}>{formatBeloep(verdi)}</span>
      {under ? <span className={styles.liten}>{under}</span> : null}
    </Table.DataCell>
  );
}

/** A fetched row's figures. */
export function TallCeller({ rad }: { rad: KlientRad }) {
  const s = rad.sammendrag!;
  return (
    <>
      <Beloep verdi={s.forfalte.sum} under={s.forfalte.antall > 0 ? t.antallKrav(s.forfalte.antall) : undefined} />
      <Beloep verdi={s.fremtidige.sum} under={s.fremtidige.antall > 0 ? t.antallKrav(s.fremtidige.antall) : undefined} />
      <Beloep verdi={s.renter} />
      <Beloep verdi={s.saldo} />
      <Table.DataCell>
        {s.nesteForfall ? (
          <>
            <span className={styles.tall}>{formatDato(s.nesteForfall.dato)}</span>
            <span className={`${styles.liten} ${styles.tall}`}>{formatBeloep(s.nesteForfall.beloep)}</span>
          </>
        ) : (
          t.ingenForfall
        )}
      </Table.DataCell>
      <Beloep verdi={s.uplasserte} under={s.skjermet ? t.skjermet : undefined} />
    </>
  );
}

/** A row whose fetch failed: what, the korrelasjonsid to quote, and a retry for this row only. */
export function FeilCelle({ rad }: { rad: KlientRad }) {
  const feil = rad.feil!;
  if (feil.ingenData) return <Table.DataCell colSpan={ANTALL_TALLKOLONNER}>{t.ingenData}</Table.DataCell>;
  const f = klienter.feil;
  return (
    <Table.DataCell colSpan={ANTALL_TALLKOLONNER} data-testid="klient-feil">
      <div className={styles.feilcelle}>
        <span>{feil.type === "timeout" ? f.tidsavbrudd : f.kort(feil.kode)}</span>
        {feil.korrelasjonsid ? (
          <span>
            {f.referanse} <code data-testid="korrelasjonsid">{feil.korrelasjonsid}</code>
          </span>
        ) : null}
        {feil.type !== "tilgang" && feil.type !== "innlogging" ? (
          <Button size="xsmall" variant="secondary" onClick={rad.proevIgjen} loading={rad.proever} aria-label={f.proevIgjenFor(rad.navn)}>
            {f.proevIgjen}
          </Button>
        ) : null}
      </div>
    </Table.DataCell>
  );
}

export function HenterCelle() {
  return (
    <Table.DataCell colSpan={ANTALL_TALLKOLONNER}>
      <span className={styles.liten}>{t.henter}</span>
    </Table.DataCell>
  );
}
