"use client";

import { Provider as AkselProvider } from "@navikt/ds-react";
import { en, nb, nn } from "@navikt/ds-react/locales";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useState, type ReactNode } from "react";
import { tilSpraak, type Spraak } from "@/lib/i18n/spraak";

/** Aksel's own texts (date picker, pagination, expand and clear buttons) in the page's language. */
const AKSEL_LOCALE = { nb, nn, en } satisfies Record<Spraak, typeof nb>;

/** Retries only what can get better by itself: network errors and 5xx. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  const status = (error as { status?: number } | null)?.status;
  return status === undefined || status >= 500;
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false } },
      }),
  );
  return (
    <AkselProvider locale={AKSEL_LOCALE[tilSpraak(useLocale())]}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </AkselProvider>
  );
}
