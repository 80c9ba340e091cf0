"use client";

import { BodyShort } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useFormatering } from "@/lib/i18n/useFormatering";
import type { TilgodeSide } from "@/lib/krav-visning/visninger";

/** The year's credits in one line: all of them, what was paid out, what covered other claims. */
export function TilgodeSum({ data }: { data: Pick<TilgodeSide, "aar" | "sumTilgode" | "sumUtbetalt" | "sumMotregnet"> }) {
  const t = useTranslations("regnskap.tilgode");
  const f = useFormatering();
  return (
    <BodyShort spacing data-testid="tilgode-sum">
      {t("sum", { aar: data.aar, tilgode: f.kroner(data.sumTilgode), utbetalt: f.kroner(data.sumUtbetalt), motregnet: f.kroner(data.sumMotregnet) })}
    </BodyShort>
  );
}

/** What a credit's details say about its payout: its date, and when nothing was paid out. */
export function TilgodeUtbetalt({ dato, utbetalingsdatoer, utbetaltDatoTekst }: { dato: string | null; utbetalingsdatoer: readonly string[]; utbetaltDatoTekst: string }) {
  const t = useTranslations("regnskap.tilgode");
  const f = useFormatering();
  return (
    <>
      {dato ? <BodyShort size="small">{t("dato", { dato: f.dato(dato) })}</BodyShort> : null}
      <BodyShort size="small">{utbetalingsdatoer.length > 0 ? utbetaltDatoTekst : t("ikkeUtbetalt")}</BodyShort>
    </>
  );
}
