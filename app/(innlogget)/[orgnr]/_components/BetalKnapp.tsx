"use client";

import { useParams } from "next/navigation";
import { LinkButton } from "@/components/LinkButton";
import { utvalgQuery, type Utvalg } from "@/lib/betal/utvalg";
import { betal } from "@/lib/tekster/betal";

/** "Betal": a link to the payment page for one claim, one due date, or all overdue/future claims of the party in the URL. */
export function BetalKnapp({ utvalg, etikett, testid }: { utvalg: Utvalg; etikett: string; testid?: string }) {
  const { orgnr } = useParams<{ orgnr: string }>();
  return (
    <LinkButton href={`/${orgnr}/betal?${utvalgQuery(utvalg)}`} size="small" variant="primary" aria-label={etikett} data-testid={testid}>
      {betal.knapp.betal}
    </LinkButton>
  );
}
