"use client";

import { BodyLong, BodyShort, Pagination } from "@navikt/ds-react";
import type { UseQueryResult } from "@tanstack/react-query";
import { useRef, type ReactNode } from "react";
import { Feilmelding } from "@/components/Feilmelding";
import { tilFeilInfo } from "@/lib/krav-visning/feil";
import { SIDESTOERRELSE, type Side } from "@/lib/krav-visning/visninger";
import { useTranslations } from "next-intl";
import { ListeSkjelett } from "./ListeSkjelett";
import { ForkastetVarsel } from "./ForkastetVarsel";
import { TregtSvar } from "@/components/TregtSvar";
import styles from "./oversikt.module.css";

/**
 * Every list's states in one place: skeleton while loading, the error with retry, a calm
 * sentence when empty, else the rows with a live count and page buttons. After a page change
 * focus goes to the count above the rows, so keyboard and screen-reader users start there.
 */
export function Listevisning<D extends Side<unknown>>(props: {
  query: UseQueryResult<D>;
  feilHva: string;
  tom: ReactNode;
  /** For the test id (liste-<navn>). */
  navn: string;
  /** The list's name in the page's language, for the page buttons' label. */
  etikett: string;
  onSide: (side: number) => void;
  /** A sentence above the rows, e.g. the year's sum. */
  oppsummering?: (data: D) => ReactNode;
  /** Say how many items of the answer could not be read (data.forkastet), as claims or as items. */
  forkastetHva?: "krav" | "poster";
  children: (data: D) => ReactNode;
}) {
  const t = useTranslations("oversikt.tabell");
  const { query } = props;
  const antallRef = useRef<HTMLParagraphElement>(null);
  if (query.isPending)
    return (
      <>
        <TregtSvar />
        <ListeSkjelett />
      </>
    );
  if (query.isError || !query.data) {
    return <Feilmelding feil={tilFeilInfo(query.error)} hva={props.feilHva} headingLevel="3" onProevIgjen={() => void query.refetch()} proever={query.isFetching} />;
  }
  const data = query.data;
  const forkastet = props.forkastetHva ? <ForkastetVarsel antall={(data as { forkastet?: number }).forkastet ?? 0} hva={props.forkastetHva} /> : null;
  if (data.treff === 0)
    return (
      <>
        {forkastet}
        <BodyLong data-testid="tom-liste">{props.tom}</BodyLong>
      </>
    );
  const fra = (data.side - 1) * SIDESTOERRELSE + 1;
  const til = Math.min(data.side * SIDESTOERRELSE, data.treff);
  return (
    <>
      {/* Another page or order of rows on its way: the words go outside the busy region. */}
      {query.isPlaceholderData ? <TregtSvar /> : null}
      <div aria-busy={query.isFetching} data-testid={`liste-${props.navn}`}>
        {forkastet}
        <BodyShort size="small" ref={antallRef} tabIndex={-1} aria-live="polite" spacing>
          {t("visning", { fra, til, treff: data.treff })}
          {props.oppsummering ? <> {props.oppsummering(data)}</> : null}
        </BodyShort>
        {props.children(data)}
        {data.antallSider > 1 ? (
          <div className={styles.sidevelger}>
            <Pagination
              aria-label={t("sideNavigasjon", { hva: props.etikett })}
              page={data.side}
              count={data.antallSider}
              size="small"
              siblingCount={0}
              boundaryCount={1}
              onPageChange={(side) => {
                props.onSide(side);
                antallRef.current?.focus();
              }}
            />
          </div>
        ) : null}
      </div>
    </>
  );
}
