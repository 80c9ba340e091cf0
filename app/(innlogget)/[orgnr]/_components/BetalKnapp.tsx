"use client";

import { useParams } from "next/navigation";
import { utvalgQuery, type Utvalg } from "@/lib/betal/lenke";
import { useTranslations } from "next-intl";

/**
 * "Betal": a link to the payment page for one claim, one due date, or all overdue/future claims
 * of the party in the URL. A plain link with Aksel's small primary button look (Aksel's Button
 * would add to the overview's first-load JS, which has a budget); announced as a link.
 */
export function BetalKnapp({ utvalg, etikett, testid }: { utvalg: Utvalg; etikett: string; testid?: string }) {
  const t = useTranslations("betalKnapp");
  const { orgnr } = useParams<{ orgnr: string }>();
  return (
    <a href={`/${orgnr}/betal?${utvalgQuery(utvalg)}`} className="aksel-button aksel-button--small" data-variant="primary" aria-label={etikett} data-testid={testid}>
      <span className="aksel-label aksel-label--small">{t("betal")}</span>
    </a>
  );
}
