import { Heading } from "@navikt/ds-react";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@navikt/ds-react/Table";
import { Beloep } from "@/components/Beloep";
import type { KravgruppeOversikt } from "@/lib/kravogbetalinger/model";
import { useTranslations } from "next-intl";
import { Rulleboks } from "./Rulleboks";
import { Felt, kortliste } from "@/components/Kortliste";
import { useKravgruppeNavn } from "./useKravgruppeNavn";
import styles from "./oversikt.module.css";

/** Totals per kravgruppe, as the API sums them. */
export function Kravgrupper({ rader }: { rader: KravgruppeOversikt[] }) {
  const t = useTranslations("oversikt.kravgrupper");
  const navn = useKravgruppeNavn();
  if (rader.length === 0) return null;
  return (
    <section className={styles.seksjon} aria-labelledby="kravgrupper-overskrift">
      <Heading level="2" size="medium" spacing id="kravgrupper-overskrift">
        {t("overskrift")}
      </Heading>
      <Rulleboks etikett={t("overskrift")}>
        <Table size="small" data-testid="kravgrupper" className={kortliste.tabell}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("kravgruppe")}</TableHeaderCell>
              <TableHeaderCell scope="col" align="right">{t("forfalt")}</TableHeaderCell>
              <TableHeaderCell scope="col" align="right">{t("ikkeForfalt")}</TableHeaderCell>
              <TableHeaderCell scope="col" align="right">{t("renter")}</TableHeaderCell>
              <TableHeaderCell scope="col" align="right">{t("saldo")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rader.map((r) => (
              <TableRow key={r.kravgruppe}>
                <TableHeaderCell scope="row" className={kortliste.tittel}>{navn(r.kravgruppe)}</TableHeaderCell>
                <TableDataCell align="right"><Felt navn={t("forfalt")}><Beloep verdi={r.sumForfalteKrav} /></Felt></TableDataCell>
                <TableDataCell align="right"><Felt navn={t("ikkeForfalt")}><Beloep verdi={r.sumIkkeForfalteKrav} /></Felt></TableDataCell>
                <TableDataCell align="right"><Felt navn={t("renter")}><Beloep verdi={r.sumStipulerteRenter} /></Felt></TableDataCell>
                <TableDataCell align="right"><Felt navn={t("saldo")}><Beloep verdi={r.saldo} /></Felt></TableDataCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Rulleboks>
    </section>
  );
}
