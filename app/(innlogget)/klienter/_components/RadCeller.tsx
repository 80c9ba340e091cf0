"use client";

import { Button, Table } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useFormatering } from "@/lib/i18n/useFormatering";
import { KlientFeil } from "./KlientFeil";
import type { KlientRad } from "./useKlientSammendrag";
import styles from "./klienter.module.css";
import { Felt } from "@/components/Kortliste";

/** The figure columns a row without figures spans. */
export const ANTALL_TALLKOLONNER = 6;

function Beloep({ verdi, under, navn }: { verdi: number; under?: string; navn: string }) {
  const { beloep } = useFormatering();
  return (
    <Table.DataCell align="right">
      <Felt navn={navn}>
        <span className={styles.tall}>{beloep(verdi)}</span>
        {under ? <span className={styles.liten}>{under}</span> : null}
      </Felt>
    </Table.DataCell>
  );
}

/** A fetched row's figures. */
export function TallCeller({ rad }: { rad: KlientRad }) {
  const t = useTranslations("klienter");
  const { beloep, dato } = useFormatering();
  const s = rad.sammendrag!;
  return (
    <>
      <Beloep navn={t("tabell.forfalte")} verdi={s.forfalte.sum} under={s.forfalte.antall > 0 ? t("tabell.antallKrav", { n: s.forfalte.antall }) : undefined} />
      <Beloep navn={t("tabell.fremtidige")} verdi={s.fremtidige.sum} under={s.fremtidige.antall > 0 ? t("tabell.antallKrav", { n: s.fremtidige.antall }) : undefined} />
      <Beloep navn={t("tabell.renter")} verdi={s.renter} />
      <Beloep navn={t("tabell.saldo")} verdi={s.saldo} />
      <Table.DataCell>
        <Felt navn={t("tabell.nesteForfall")}>
          {s.nesteForfall ? (
            <>
              <span className={styles.tall}>{dato(s.nesteForfall.dato)}</span>
              <span className={`${styles.liten} ${styles.tall}`}>{beloep(s.nesteForfall.beloep)}</span>
            </>
          ) : (
            t("tabell.ingenForfall")
          )}
        </Felt>
      </Table.DataCell>
      <Beloep navn={t("tabell.uplasserte")} verdi={s.uplasserte} under={s.skjermet ? t("tabell.skjermet") : undefined} />
    </>
  );
}

/** A row whose fetch failed: what, in plain words, a short reference to quote, and a retry for this row only. */
export function FeilCelle({ rad }: { rad: KlientRad }) {
  const t = useTranslations("klienter");
  const feil = rad.feil!;
  if (feil.ingenData) return <Table.DataCell colSpan={ANTALL_TALLKOLONNER}>{t("tabell.ingenData")}</Table.DataCell>;
  return (
    <Table.DataCell colSpan={ANTALL_TALLKOLONNER} data-testid="klient-feil">
      <div className={styles.feilcelle}>
        <KlientFeil feil={feil} />
        {feil.type !== "tilgang" && feil.type !== "innlogging" ? (
          <Button size="xsmall" variant="secondary" onClick={rad.proevIgjen} loading={rad.proever} aria-label={t("feil.proevIgjenFor", { navn: rad.navn })}>
            {t("feil.proevIgjen")}
          </Button>
        ) : null}
      </div>
    </Table.DataCell>
  );
}

export function HenterCelle() {
  const t = useTranslations("klienter");
  return (
    <Table.DataCell colSpan={ANTALL_TALLKOLONNER}>
      <span className={styles.liten}>{t("tabell.henter")}</span>
    </Table.DataCell>
  );
}
