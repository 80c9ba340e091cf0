import { Alert, Heading, BodyLong } from "@navikt/ds-react";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@navikt/ds-react/Table";
import { Beloep } from "@/components/Beloep";
import { useTranslations } from "next-intl";
import { formatKontoMaskert } from "@/lib/format";
import { useFormatering } from "@/lib/i18n/useFormatering";
import type { Innbetaling } from "@/lib/kravogbetalinger/model";
import type { UplassertGrunn } from "@/lib/krav-visning/uplassert";
import { Rulleboks } from "./Rulleboks";
import { UplassertNeste } from "./UplassertNeste";
import { Felt, kortliste } from "@/components/Kortliste";
import styles from "./oversikt.module.css";

/** Payments not yet used on a claim, and what that means. Shown only when there are any. */
export function Uplasserte({ sum, innbetalinger, grunner, forfalt }: { sum: number; innbetalinger: Innbetaling[]; grunner: UplassertGrunn[]; forfalt: number }) {
  const t = useTranslations("oversikt");
  const h = useTranslations("hjelp.uplassert");
  const f = useFormatering();
  if (sum <= 0 && innbetalinger.length === 0) return null;
  return (
    <section className={styles.seksjon} aria-labelledby="uplasserte-overskrift" data-testid="uplasserte">
      <Alert variant="info">
        <Heading level="2" size="small" spacing id="uplasserte-overskrift">
          {t("uplassert.overskrift")}
        </Heading>
        <BodyLong>{t("uplassert.tekst", { sum: f.kroner(sum) })}</BodyLong>
      </Alert>
      {innbetalinger.length > 0 ? (
        <div className={styles.underAlert}>
          <Rulleboks etikett={t("uplassert.overskrift")}>
            <Table size="small" className={kortliste.tabell}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("uplassert.dato")}</TableHeaderCell>
                  <TableHeaderCell scope="col" align="right">{t("uplassert.innbetalt")}</TableHeaderCell>
                  <TableHeaderCell scope="col" align="right">{t("uplassert.ikkeBrukt")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("uplassert.fraKonto")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{h("hvorfor")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {innbetalinger.map((i, n) => (
                  <TableRow key={i.innbetalingsidentifikator}>
                    <TableDataCell><Felt navn={t("uplassert.dato")}>{f.dato(i.innbetalingsdato)}</Felt></TableDataCell>
                    <TableDataCell align="right"><Felt navn={t("uplassert.innbetalt")}><Beloep verdi={i.innbetaltBeloep} /></Felt></TableDataCell>
                    <TableDataCell align="right"><Felt navn={t("uplassert.ikkeBrukt")}><Beloep verdi={i.uplassertBeloep} /></Felt></TableDataCell>
                    <TableDataCell><Felt navn={t("uplassert.fraKonto")}>{i.innbetaltFraKonto ? formatKontoMaskert(i.innbetaltFraKonto) : t("tabell.ikkeOppgitt")}</Felt></TableDataCell>
                    <TableDataCell><Felt navn={h("hvorfor")}>{h(`grunn.${grunner[n] ?? "annet"}`)}</Felt></TableDataCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Rulleboks>
        </div>
      ) : null}
      <UplassertNeste forfalt={forfalt} />
    </section>
  );
}
