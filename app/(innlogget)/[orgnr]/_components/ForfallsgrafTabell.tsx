import type { ReactNode } from "react";
import { maanedsnavn, type Forfallsgraf } from "@/lib/betal/graf";
import { Beloep } from "@/components/Beloep";
import { useLocale, useTranslations } from "next-intl";
import { useKravgruppeNavn } from "./useKravgruppeNavn";
import { tilSpraak } from "@/lib/i18n/spraak";
import { Rulleboks } from "./Rulleboks";

/** Aksel's table look with plain elements (Aksel's Table is a client module; this stays server-only). */
const Th = ({ children, scope, hoeyre }: { children: ReactNode; scope: "col" | "row"; hoeyre?: boolean }) => (
  <th scope={scope} className={`aksel-table__header-cell aksel-label aksel-label--small${hoeyre ? " aksel-table__header-cell--align-right" : ""}`}>
    {children}
  </th>
);
const Td = ({ children }: { children: ReactNode }) => (
  <td className="aksel-table__data-cell aksel-table__data-cell--align-right aksel-body-short aksel-body-short--small">{children}</td>
);

/** The chart's numbers: one row per bar (Forfalt, then each month), one column per kravgruppe, and the sum. */
export function ForfallsgrafTabell({ data }: { data: Forfallsgraf }) {
  const t = useTranslations("betal.graf");
  const navn = useKravgruppeNavn();
  const spraak = tilSpraak(useLocale());
  return (
    <Rulleboks etikett={t("tabelltittel")}>
      <table className="aksel-table aksel-table--small" data-testid="forfallsgraf-tabell">
        <caption className="aksel-sr-only">{t("tabelltittel")}</caption>
        <thead className="aksel-table__header">
          <tr className="aksel-table__row">
            <Th scope="col">{t("maaned")}</Th>
            {data.grupper.map((g) => (
              <Th key={g} scope="col" hoeyre>
                {navn(g)}
              </Th>
            ))}
            <Th scope="col" hoeyre>
              {t("sum")}
            </Th>
          </tr>
        </thead>
        <tbody className="aksel-table__body">
          {[data.forfalt, ...data.maaneder].map((s) => (
            <tr key={s.noekkel} className="aksel-table__row" data-noekkel={s.noekkel}>
              <Th scope="row">{maanedsnavn(s.noekkel, spraak)}</Th>
              {data.grupper.map((g) => (
                <Td key={g}>
                  <Beloep verdi={s.perGruppe[g] ?? 0} />
                </Td>
              ))}
              <Td>
                <Beloep verdi={s.sum} />
              </Td>
            </tr>
          ))}
        </tbody>
      </table>
    </Rulleboks>
  );
}
