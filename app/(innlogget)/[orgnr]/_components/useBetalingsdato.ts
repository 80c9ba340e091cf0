"use client";

import { useDatepicker, type DateValidationT } from "@navikt/ds-react";
import { addYears } from "date-fns";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { parseIsoDato, tilIsoDato } from "@/lib/dato";
import type { Formatering } from "@/lib/i18n/formatering";
import { useFormatering } from "@/lib/i18n/useFormatering";

function feilmelding(t: ReturnType<typeof useTranslations<"oversikt.renter">>, f: Formatering, v: DateValidationT | null, iDag: string, sisteDato: Date): string | undefined {
  if (!v || v.isValidDate) return undefined;
  if (v.isEmpty) return t("tom");
  if (v.isBefore) return t("foerIDag", { dato: f.dato(iDag) });
  if (v.isAfter) return t("forSent", { dato: f.dato(sisteDato) });
  return t("ugyldig");
}

/**
 * The planned payment date for an interest estimate: today up to two years ahead, with the
 * error in words when the field holds something else (WCAG 3.3.1). `dato` is null while invalid.
 */
export function useBetalingsdato(iDag: string) {
  const t = useTranslations("oversikt.renter");
  const f = useFormatering();
  const idag = parseIsoDato(iDag) ?? new Date();
  const sisteDato = addYears(idag, 2);
  const [valgt, setValgt] = useState<string | null>(iDag);
  const [validering, setValidering] = useState<DateValidationT | null>(null);
  const { datepickerProps, inputProps } = useDatepicker({
    fromDate: idag,
    toDate: sisteDato,
    defaultSelected: idag,
    required: true,
    onDateChange: (d) => setValgt(d ? tilIsoDato(d) : null),
    onValidate: setValidering,
  });
  const feil = feilmelding(t, f, validering, iDag, sisteDato);
  return { datepickerProps, inputProps, feil, dato: feil ? null : valgt };
}
