"use client";

import { Provider } from "@navikt/ds-react";
import { en, nb, nn } from "@navikt/ds-react/locales";
import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { tilSpraak, type Spraak } from "@/lib/i18n/spraak";

const AKSEL_LOCALE = { nb, nn, en } satisfies Record<Spraak, typeof nb>;

/**
 * Aksel's own texts (the date picker's calendar and buttons, the table's expand buttons,
 * pagination, the search field's clear button) in the page's language.
 */
export function AkselSpraak({ children }: { children: ReactNode }) {
  return <Provider locale={AKSEL_LOCALE[tilSpraak(useLocale())]}>{children}</Provider>;
}
