"use client";

import { BodyShort } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useFormatering } from "@/lib/i18n/useFormatering";
import type { Krav } from "@/lib/kravogbetalinger/model";

/** A claim's period dates and, for an interest claim, the principal it belongs to (hovedstolKravidentifikator). */
export function KravInfo({ krav }: { krav: Krav }) {
  const k = useTranslations("kravdata");
  const f = useFormatering();
  return (
    <>
      {krav.periodeFra && krav.periodeTil ? <BodyShort size="small">{k("periode", { fra: f.dato(krav.periodeFra), til: f.dato(krav.periodeTil) })}</BodyShort> : null}
      {krav.hovedstolKravidentifikator ? (
        <BodyShort size="small" data-testid="hovedstol">
          {k("renterAv", { kravidentifikator: krav.hovedstolKravidentifikator })}
        </BodyShort>
      ) : null}
    </>
  );
}
