"use client";

import { BodyShort, Box, CopyButton, Heading } from "@navikt/ds-react";
import type { ReactNode } from "react";
import { Beloep } from "@/components/Beloep";
import { formatDato } from "@/lib/dato";
import { formatBeloep, formatIban, formatKontonummer } from "@/lib/format";
import type { UbetaltKravRad } from "@/lib/krav-visning/visninger";
import { oversikt } from "@/lib/tekster/oversikt";
import styles from "../oversikt.module.css";

const t = oversikt.betaling;

function Linje({ navn, children, kopier }: { navn: string; children: ReactNode; kopier?: string | null }) {
  return (
    <>
      <dt>{navn}</dt>
      <dd>
        <span className="tabular">{children}</span>
        {kopier ? <CopyButton size="xsmall" copyText={kopier} title={t.kopier(navn)} activeText={t.kopiert} /> : null}
      </dd>
    </>
  );
}

/** How to pay the claim from a Norwegian bank or from abroad, each value with a copy button. */
export function Betalingsinformasjon({ rad, skjermet }: { rad: UbetaltKravRad; skjermet: boolean }) {
  const forfall = rad.gjeldendeForfall;
  const info = forfall?.betalingsinformasjon ?? null;
  const harInfo = Boolean(info && (info.kontonummer || info.kid || info.iban));
  const forfallsnavn = rad.antallForfall > 1 ? `${t.forfallsdato} (${oversikt.ubetalte.forfallsdatoAv(rad.forfallNummer, rad.antallForfall)})` : t.forfallsdato;
  return (
    <Box as="section" aria-label={t.overskrift} padding="space-16" background="success-soft" borderRadius="8" data-testid="betalingsinformasjon">
      <Heading level="4" size="xsmall" spacing>
        {t.overskrift}
      </Heading>
      <dl className={styles.betalingsinfo}>
        <Linje navn={t.aaBetale} kopier={formatBeloep(rad.krav.gjenstaaendeBeloep).replace(/\s/g, "")}>
          <Beloep verdi={rad.krav.gjenstaaendeBeloep} />
        </Linje>
        {info?.kontonummer ? <Linje navn={t.kontonummer} kopier={info.kontonummer}>{formatKontonummer(info.kontonummer)}</Linje> : null}
        {info?.kid ? <Linje navn={t.kid} kopier={info.kid}>{info.kid}</Linje> : null}
        {forfall ? <Linje navn={forfallsnavn}>{formatDato(forfall.forfallsdato)}</Linje> : null}
      </dl>
      {info?.iban || info?.swiftBIC ? (
        <>
          <Heading level="5" size="xsmall" spacing style={{ marginTop: "1rem" }}>
            {t.utland}
          </Heading>
          <dl className={styles.betalingsinfo}>
            {info.iban ? <Linje navn={t.iban} kopier={info.iban.replace(/\s/g, "")}>{formatIban(info.iban)}</Linje> : null}
            {info.swiftBIC ? <Linje navn={t.swift} kopier={info.swiftBIC}>{info.swiftBIC}</Linje> : null}
            {info.bankinformasjon ? <Linje navn={t.bank}>{info.bankinformasjon}</Linje> : null}
          </dl>
        </>
      ) : null}
      {!harInfo ? <BodyShort size="small" spacing>{skjermet ? oversikt.skjermet.tekst : t.mangler}</BodyShort> : null}
      <BodyShort size="small" style={{ marginTop: "0.75rem" }}>
        {t.merknad}
      </BodyShort>
    </Box>
  );
}
