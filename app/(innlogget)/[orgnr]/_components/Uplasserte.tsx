import { Alert, Heading, BodyLong } from "@navikt/ds-react";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@navikt/ds-react/Table";
import { Beloep } from "@/components/Beloep";
import { formatDato } from "@/lib/dato";
import { formatKroner, formatKontoMaskert } from "@/lib/format";
import type { Innbetaling } from "@/lib/kravogbetalinger/model";
import { oversikt } from "@/lib/tekster/oversikt";
import { Rulleboks } from "./Rulleboks";
import styles from "./oversikt.module.css";

const t = oversikt.uplassert;

/** Payments not yet used on a claim, and what that means. Shown only when there are any. */
export function Uplasserte({ sum, innbetalinger }: { sum: number; innbetalinger: Innbetaling[] }) {
  if (sum <= 0 && innbetalinger.length === 0) return null;
  return (
    <section className={styles.seksjon} aria-labelledby="uplasserte-overskrift" data-testid="uplasserte">
      <Alert variant="info">
        <Heading level="2" size="small" spacing id="uplasserte-overskrift">
          {t.overskrift}
        </Heading>
        <BodyLong>{t.tekst(formatKroner(sum))}</BodyLong>
      </Alert>
      {innbetalinger.length > 0 ? (
        <div className={styles.underAlert}>
          <Rulleboks etikett={t.overskrift}>
            <Table size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.dato}</TableHeaderCell>
                  <TableHeaderCell scope="col" align="right">{t.innbetalt}</TableHeaderCell>
                  <TableHeaderCell scope="col" align="right">{t.ikkeBrukt}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.fraKonto}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {innbetalinger.map((i) => (
                  <TableRow key={i.innbetalingsidentifikator}>
                    <TableDataCell>{formatDato(i.innbetalingsdato)}</TableDataCell>
                    <TableDataCell align="right"><Beloep verdi={i.innbetaltBeloep} /></TableDataCell>
                    <TableDataCell align="right"><Beloep verdi={i.uplassertBeloep} /></TableDataCell>
                    <TableDataCell>{i.innbetaltFraKonto ? formatKontoMaskert(i.innbetaltFraKonto) : oversikt.tabell.ikkeOppgitt}</TableDataCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Rulleboks>
        </div>
      ) : null}
    </section>
  );
}
