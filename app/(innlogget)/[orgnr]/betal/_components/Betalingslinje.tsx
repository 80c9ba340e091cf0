"use client";

import { BodyShort, Box, CopyButton, Heading } from "@navikt/ds-react";
import type { ReactNode } from "react";
import type { Betalingslinje as Linje } from "@/lib/betal/utvalg";
import { formatDato } from "@/lib/dato";
import { formatBeloep, formatKontonummer, formatKroner } from "@/lib/format";
import { betal } from "@/lib/tekster/betal";
import styles from "./betal.module.css";

const t = betal.linje;

function Rad({ navn, children, kopier, testid }: { navn: string; children: ReactNode; kopier?: string | null; testid: string }) {
  return (
    <>
      <dt>{navn}</dt>
      <dd>
        <span className="tabular" data-testid={testid}>
          {children}
        </span>
        {kopier ? <CopyButton size="xsmall" copyText={kopier} title={t.kopier(navn)} activeText={t.kopiert} /> : null}
      </dd>
    </>
  );
}

/** One payment: the claim's amount, account, KID and due date, each with a copy button. */
export function Betalingslinje({ linje }: { linje: Linje }) {
  const harInfo = Boolean(linje.kontonummer || linje.kid);
  const tittel = linje.periode ? `${linje.beskrivelse} ${linje.periode}` : linje.beskrivelse;
  return (
    <Box as="section" aria-label={tittel} padding="space-24" background="success-soft" borderRadius="8" data-testid="betalingslinje">
      <Heading level="2" size="small" spacing>
        {tittel}
      </Heading>
      <dl className={styles.info}>
        <Rad navn={t.beloep} kopier={formatBeloep(linje.beloep).replace(/\s/g, "")} testid="linje-beloep">
          {formatKroner(linje.beloep)}
        </Rad>
        {linje.kontonummer ? <Rad navn={t.kontonummer} kopier={linje.kontonummer} testid="linje-kontonummer">{formatKontonummer(linje.kontonummer)}</Rad> : null}
        {linje.kid ? <Rad navn={t.kid} kopier={linje.kid} testid="linje-kid">{linje.kid}</Rad> : null}
        <Rad navn={t.forfallsdato} kopier={formatDato(linje.forfallsdato)} testid="linje-forfallsdato">
          {formatDato(linje.forfallsdato)}
        </Rad>
      </dl>
      {!harInfo ? <BodyShort size="small" style={{ marginTop: "0.75rem" }}>{t.mangler}</BodyShort> : null}
    </Box>
  );
}
